package dev.gazette.server;

import dev.gazette.GazetteException;
import dev.gazette.InvalidRequestException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Runs one {@link Endpoint} for Undertow: moves the work off the IO thread, checks readiness and the
 * API key, and turns every outcome, including failures, into a JSON response without a stack trace.
 */
final class ApiHandler implements HttpHandler {
  private static final String BEARER = "bearer ";

  private final Endpoint endpoint;
  private final Access access;
  private final Settings settings;

  /**
   * What every handler shares.
   *
   * @param ready whether the index is open and searchable
   * @param apiKey the key writes need, or {@code null}
   * @param maxBodyBytes the body limit
   * @param log where faults are logged
   */
  record Settings(BooleanSupplier ready, ApiKey apiKey, long maxBodyBytes, Log log) {}

  ApiHandler(Endpoint endpoint, Access access, Settings settings) {
    this.endpoint = endpoint;
    this.access = access;
    this.settings = settings;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    Responses.send(exchange, answer(exchange));
  }

  private Reply answer(HttpServerExchange exchange) {
    try {
      if (access == Access.WRITE) {
        authorize(exchange);
      }
      if (access != Access.OPEN && !settings.ready().getAsBoolean()) {
        throw ApiException.notReady();
      }
      return endpoint.handle(new Call(exchange, settings.maxBodyBytes()));
    } catch (ApiException e) {
      return Reply.error(e.error());
    } catch (InvalidRequestException e) {
      return Reply.error(new ApiError(400, "invalid_parameter", e.getMessage()));
    } catch (UncheckedIOException e) {
      return Reply.error(new ApiError(400, "unreadable_body", "the request body could not be read"));
    } catch (GazetteException e) {
      settings.log().error(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
      return Reply.error(new ApiError(500, "index_error", e.getMessage()));
    } catch (RuntimeException e) {
      settings.log().error(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
      return Reply.error(new ApiError(500, "internal_error", "the server failed to answer; see its log"));
    }
  }

  private void authorize(HttpServerExchange exchange) {
    if (settings.apiKey() == null) {
      return;
    }
    String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    boolean bearer = header != null && header.toLowerCase(Locale.ROOT).startsWith(BEARER);
    if (!bearer || !settings.apiKey().matches(header.substring(BEARER.length()).strip())) {
      exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer realm=\"gazette\"");
      throw new ApiException(401, "unauthorized",
          "this request changes the index and needs the header Authorization: Bearer <API key>");
    }
  }
}

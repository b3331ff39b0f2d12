package dev.gazette.server;

import dev.gazette.GazetteException;
import dev.gazette.UnsupportedFeatureException;
import dev.gazette.InvalidRequestException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

/**
 * Runs one {@link Endpoint} for Undertow: moves the work off the IO thread to Undertow's worker pool
 * (unless the route runs on the IO thread, see {@link Router#addOnIoThread}), checks the {@link Keys}
 * and readiness, and turns every outcome, including failures, into a JSON response without a stack
 * trace.
 */
final class ApiHandler implements HttpHandler {
  private final Endpoint endpoint;
  private final Access access;
  private final Settings settings;
  private final boolean onIoThread;

  /**
   * What every handler shares.
   *
   * @param ready whether the index is open and searchable
   * @param keys the keys reads and writes need
   * @param maxBodyBytes the body limit
   * @param log where faults are logged
   */
  record Settings(BooleanSupplier ready, Keys keys, long maxBodyBytes, Log log) {}

  ApiHandler(Endpoint endpoint, Access access, Settings settings, boolean onIoThread) {
    this.endpoint = endpoint;
    this.access = access;
    this.settings = settings;
    this.onIoThread = onIoThread;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    if (exchange.isInIoThread() && !onIoThread) {
      exchange.dispatch(this);
      return;
    }
    Responses.send(exchange, answer(exchange));
  }

  private Reply answer(HttpServerExchange exchange) {
    try {
      authorize(exchange);
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
    } catch (UnsupportedFeatureException e) {
      return Reply.error(new ApiError(501, "not_available", e.getMessage()));
    } catch (GazetteException e) {
      settings.log().error(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
      return Reply.error(new ApiError(500, "index_error", e.getMessage()));
    } catch (RuntimeException e) {
      settings.log().error(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
      return Reply.error(new ApiError(500, "internal_error", "the server failed to answer; see its log"));
    }
  }

  private void authorize(HttpServerExchange exchange) {
    try {
      settings.keys().authorize(access, exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
    } catch (ApiException e) {
      if (e.error().status() == 401) {
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer realm=\"gazette\"");
      }
      throw e;
    }
  }
}

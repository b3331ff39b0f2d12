package dev.gazette.server;

import dev.gazette.GazetteException;
import dev.gazette.InvalidRequestException;
import dev.gazette.UnsupportedFeatureException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.SameThreadExecutor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs one {@link Endpoint} for Undertow. On the I/O thread that parsed the request it checks the
 * {@link Keys} and readiness and reads the body without blocking ({@link BodyReader}); then it hands
 * the work to the endpoint's {@link Lane} (503 {@code overloaded} when the lane is full), or, for the
 * few endpoints that only answer from memory ({@code /health}, {@code /ready}), answers at once on the
 * I/O thread, so they never queue behind other work. Every outcome, including failures, becomes a
 * JSON response without a stack trace.
 */
final class ApiHandler implements HttpHandler {
  private static final byte[] NO_BODY = new byte[0];

  private final Endpoint endpoint;
  private final Access access;
  private final Settings settings;
  private final Function<Call, Lane> lane;

  /**
   * What every handler shares.
   *
   * @param ready whether the index is open and searchable
   * @param keys the keys reads and writes need
   * @param bodies the reader of request bodies, with the body limits
   * @param log where faults are logged
   */
  record Settings(BooleanSupplier ready, Keys keys, BodyReader bodies, Log log) {}

  /**
   * A handler running {@code endpoint} on the lane {@code lane} picks for each call, or on the I/O
   * thread, without reading a body, when {@code lane} is {@code null}.
   */
  ApiHandler(Endpoint endpoint, Access access, Settings settings, Function<Call, Lane> lane) {
    this.endpoint = endpoint;
    this.access = access;
    this.settings = settings;
    this.lane = lane;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    RequestTarget target;
    try {
      target = admit(exchange);
    } catch (ApiException e) {
      Responses.send(exchange, e.error());
      return;
    }
    if (lane == null) {
      Responses.send(exchange, answer(exchange, new Call(exchange, target, NO_BODY)));
    } else {
      settings.bodies().read(exchange, new BodyReader.Outcome() {
        @Override
        public void read(byte[] body) {
          schedule(exchange, new Call(exchange, target, body));
        }

        @Override
        public void refused(ApiError error) {
          Responses.send(exchange, error);
        }
      });
    }
  }

  /**
   * Hands {@code call} to its lane once the I/O thread is done with the request; the lane's thread
   * makes the answer, and the connection's I/O thread sends it. An exchange completed on another
   * thread makes Undertow's read listener busy-wait on the I/O thread whenever the client's next
   * request arrives before the completion is done, which on two busy cores was half of the
   * server's CPU samples at 8 connections.
   */
  private void schedule(HttpServerExchange exchange, Call call) {
    exchange.dispatch(SameThreadExecutor.INSTANCE, () -> {
      Runnable work = () -> {
        Reply reply = answer(exchange, call);
        exchange.getIoThread().execute(() -> Responses.send(exchange, reply));
      };
      if (!lane.apply(call).offer(work)) {
        Responses.send(exchange, ApiError.overloaded("the server has more requests of this kind than it takes at once;"
            + " retry shortly"));
      }
    });
  }

  /**
   * The decoded URL of a request let in, before its body is read; throws the refusal otherwise (no
   * or wrong key, index not ready, a URL that does not decode).
   */
  private RequestTarget admit(HttpServerExchange exchange) {
    authorize(exchange);
    if (access != Access.OPEN && !settings.ready().getAsBoolean()) {
      throw ApiException.notReady();
    }
    return RequestTarget.of(exchange);
  }

  private Reply answer(HttpServerExchange exchange, Call call) {
    try {
      return endpoint.handle(call);
    } catch (ApiException e) {
      return Reply.error(e.error());
    } catch (InvalidRequestException e) {
      return Reply.error(new ApiError(400, "invalid_parameter", e.parameter(), e.getMessage()));
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

package dev.gazette.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;

/**
 * Writes responses, each marked {@code nosniff} so a browser never reads a JSON answer as a page; a
 * 503 (not ready, shutting down, overloaded: all passing) carries {@code Retry-After: 1}. An answer
 * given before the request's body was read (a 404, a 405, a refusal of the URL) closes the
 * connection after it: Undertow would have to skip the unread body to find the next request, and
 * with requests pipelined behind it, it now and then did not, reading the body as the next request
 * or never answering the ones after it (found by the HTTP fuzzer, issue #16).
 */
final class Responses {
  private Responses() {}

  /** Sends {@code reply} with its media type and ends the exchange. */
  static void send(HttpServerExchange exchange, Reply reply) {
    if (!exchange.isRequestComplete()) {
      exchange.setPersistent(false);
    }
    exchange.setStatusCode(reply.status());
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, reply.contentType());
    exchange.getResponseHeaders().put(StaticFiles.CONTENT_TYPE_OPTIONS, "nosniff");
    if (reply.status() == 503) {
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, "1");
    }
    exchange.getResponseSender().send(reply.body(), StandardCharsets.UTF_8);
  }

  /** Sends {@code error} as JSON and ends the exchange. */
  static void send(HttpServerExchange exchange, ApiError error) {
    send(exchange, Reply.error(error));
  }
}

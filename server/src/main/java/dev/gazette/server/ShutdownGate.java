package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/**
 * Refuses new requests with a JSON 503 once shutdown has begun, while requests already admitted
 * run to completion behind it.
 */
final class ShutdownGate implements HttpHandler {
  private final HttpHandler next;
  private volatile boolean closing;

  ShutdownGate(HttpHandler next) {
    this.next = next;
  }

  /** From now on, new requests are refused. */
  void close() {
    closing = true;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (closing) {
      exchange.setPersistent(false);
      Responses.send(exchange, new ApiError(503, "shutting_down", "the server is shutting down"));
      return;
    }
    next.handleRequest(exchange);
  }
}

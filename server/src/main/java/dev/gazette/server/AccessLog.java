package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.concurrent.TimeUnit;

/** Writes one access-log line per finished request: method, path, status and duration (never the query or body). */
final class AccessLog implements HttpHandler {
  private final HttpHandler next;
  private final Log log;

  AccessLog(HttpHandler next, Log log) {
    this.next = next;
    this.log = log;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    long start = System.nanoTime();
    exchange.addExchangeCompleteListener((done, nextListener) -> {
      log.access(done.getRequestMethod().toString(), done.getRequestPath(), done.getStatusCode(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      nextListener.proceed();
    });
    next.handleRequest(exchange);
  }
}

package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.concurrent.TimeUnit;

/**
 * Times every request and, once it is finished, records it in the request metrics and writes its
 * access-log line: method, raw path, status and duration (never the query or body).
 */
final class AccessLog implements HttpHandler {
  private final HttpHandler next;
  private final Log log;
  private final RequestMetrics metrics;

  AccessLog(HttpHandler next, Log log, RequestMetrics metrics) {
    this.next = next;
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    long start = System.nanoTime();
    exchange.addExchangeCompleteListener((done, nextListener) -> {
      long nanos = System.nanoTime() - start;
      metrics.record(done, nanos);
      log.access(done.getRequestMethod().toString(), done.getRequestURI(), done.getStatusCode(),
          TimeUnit.NANOSECONDS.toMillis(nanos));
      nextListener.proceed();
    });
    next.handleRequest(exchange);
  }
}

package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.Set;

/**
 * Lets browsers on the configured origins call the API: adds {@code Access-Control-Allow-Origin} to
 * their requests and answers their preflight {@code OPTIONS}. Installed only when origins are
 * configured; without it browsers keep their same-origin rule.
 */
final class Cors implements HttpHandler {
  private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
  private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
  private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
  private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
  private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");

  private final HttpHandler next;
  private final Set<String> origins;

  /** Allows {@code origins} ({@code *} for any). */
  Cors(HttpHandler next, Set<String> origins) {
    this.next = next;
    this.origins = Set.copyOf(origins);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    exchange.getResponseHeaders().add(Headers.VARY, "Origin");
    if (origin == null || !(origins.contains("*") || origins.contains(origin))) {
      next.handleRequest(exchange);
      return;
    }
    exchange.getResponseHeaders().put(ALLOW_ORIGIN, origin);
    boolean preflight = exchange.getRequestMethod().equals(Methods.OPTIONS)
        && exchange.getRequestHeaders().contains(REQUEST_METHOD);
    if (!preflight) {
      next.handleRequest(exchange);
      return;
    }
    exchange.getResponseHeaders()
        .put(ALLOW_METHODS, "GET, POST, PUT, DELETE")
        .put(ALLOW_HEADERS, "Authorization, Content-Type")
        .put(MAX_AGE, "600");
    exchange.setStatusCode(204);
    exchange.endExchange();
  }
}

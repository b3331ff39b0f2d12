package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;

/**
 * The documented limits on a request's URL and headers, answered with a JSON error before anything
 * else looks at the request: 414 {@code uri_too_long} for a URL (path and query string, as sent)
 * over {@link #MAX_URL_BYTES}, 431 {@code headers_too_large} for more than {@link #MAX_HEADERS}
 * header lines or more than {@link #MAX_HEADER_BYTES} of them. Undertow's own cap on the whole
 * request head, {@link #HARD_CAP_BYTES}, sits well above both, so a request between the two gets
 * this JSON answer rather than Undertow's bare 400.
 */
final class RequestLimits implements HttpHandler {
  /** The longest URL, path and query string together, in bytes as sent (percent-escapes counted as sent). */
  static final int MAX_URL_BYTES = 32 * 1024;
  /** The most bytes all header lines together may take ({@code name: value} and the line end, each). */
  static final int MAX_HEADER_BYTES = 32 * 1024;
  /** The most header lines a request may have. */
  static final int MAX_HEADERS = 100;
  /** Undertow's cap on the request line and headers together: beyond it Undertow closes the connection with a bare 400. */
  static final int HARD_CAP_BYTES = 4 * (MAX_URL_BYTES + MAX_HEADER_BYTES);
  /** Undertow's cap on the number of header lines, above {@link #MAX_HEADERS}. */
  static final int HARD_CAP_HEADERS = 10 * MAX_HEADERS;

  private final HttpHandler next;

  RequestLimits(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    int urlBytes = exchange.getRequestURI().length() + (exchange.getQueryString().isEmpty()
        ? 0 : 1 + exchange.getQueryString().length());
    if (urlBytes > MAX_URL_BYTES) {
      exchange.setPersistent(false);
      Responses.send(exchange, new ApiError(414, "uri_too_long", "the URL is " + urlBytes
          + " bytes long; the limit is " + MAX_URL_BYTES + " (send a long search as POST /api/search)"));
      return;
    }
    int lines = 0;
    long bytes = 0;
    for (HeaderValues header : exchange.getRequestHeaders()) {
      for (String value : header) {
        lines++;
        bytes += header.getHeaderName().length() + value.length() + 4;
      }
    }
    if (lines > MAX_HEADERS || bytes > MAX_HEADER_BYTES) {
      exchange.setPersistent(false);
      Responses.send(exchange, new ApiError(431, "headers_too_large", "the request has " + lines + " header lines"
          + " of " + bytes + " bytes; the limits are " + MAX_HEADERS + " lines and " + MAX_HEADER_BYTES + " bytes"));
      return;
    }
    next.handleRequest(exchange);
  }
}

package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.util.Locale;

/**
 * Refuses, before anything else reads the request, what would otherwise be served as if it were
 * absent: a {@code Transfer-Encoding} other than a single {@code chunked} (a body coded as {@code
 * gzip, chunked} cannot be read as plain bytes; 400 {@code invalid_request}), and an {@code Expect}
 * other than {@code 100-continue} (an expectation the server cannot meet; 417 {@code
 * expectation_failed}, as RFC 9110 allows). Both close the connection, since the body is not read.
 */
final class RequestFraming implements HttpHandler {
  private final HttpHandler next;

  RequestFraming(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HeaderValues coding = exchange.getRequestHeaders().get(Headers.TRANSFER_ENCODING);
    if (coding != null && !(coding.size() == 1 && coding.getFirst().trim().equalsIgnoreCase("chunked"))) {
      refuse(exchange, new ApiError(400, "invalid_request", "Transfer-Encoding '" + String.join(", ", coding)
          + "' is not supported: send the body as it is, with Content-Length or Transfer-Encoding: chunked"));
      return;
    }
    HeaderValues expect = exchange.getRequestHeaders().get(Headers.EXPECT);
    if (expect != null && !(expect.size() == 1
        && expect.getFirst().trim().toLowerCase(Locale.ROOT).equals("100-continue"))) {
      refuse(exchange, new ApiError(417, "expectation_failed", "the only expectation the server meets is"
          + " Expect: 100-continue"));
      return;
    }
    next.handleRequest(exchange);
  }

  private static void refuse(HttpServerExchange exchange, ApiError error) {
    exchange.setPersistent(false);
    Responses.send(exchange, error);
  }
}

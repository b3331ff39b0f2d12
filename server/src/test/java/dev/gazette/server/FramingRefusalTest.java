package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests whose framing or protocol headers the server cannot honour, sent as raw bytes over a
 * socket that is half-closed after them, as the HTTP fuzzer sends them (issue #16): a body cut short
 * of its {@code Content-Length} (a cut chunked body is answered so or not at all), a missing, doubled or malformed {@code Host}, a non-numeric or
 * doubled {@code Content-Length}, a transfer coding besides {@code chunked}, an unknown {@code
 * Expect}. Each gets the documented JSON error with its {@code Content-Type}, never a success or
 * Undertow's bodiless 400; the server keeps answering. An answer given before a body was read closes
 * the connection, so the body is never read as the next request.
 */
class FramingRefusalTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String SEARCH = "POST /api/search HTTP/1.1\r\nHost: gazette\r\nContent-Type: application/json\r\n";

  @Test
  void aBodyCutShortOfItsContentLengthIsAJson400NotASuccess() {
    JsonObject error = refused(halfClosed(SEARCH + "Content-Length: 20\r\n\r\n{}"), 400, "invalid_request");
    assertTrue(error.get("message").getAsString().contains("2 of the 20 bytes"), error.toString());
  }

  @Test
  void aChunkedBodyCutShortIsNoSuccess() {
    RawHttp.Answer answer = halfClosed(SEARCH + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n");
    if (!answer.text().isEmpty()) {
      refused(answer, 400, "invalid_request");
    }
    assertEquals(200, halfClosed("GET /health HTTP/1.1\r\nHost: gazette\r\n\r\n").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Host: a\r\nHost: b\r\n", "", "Host: a:99999\r\n", "Host: [::1\r\n"})
  void aMissingDoubledOrMalformedHostIsAJson400(String host) {
    RawHttp.Answer answer = halfClosed("GET /health HTTP/1.1\r\n" + host + "\r\n");
    assertFalse(answer.text().contains("Host Header"), "Undertow's own reason phrase: " + answer.text());
    JsonObject error = refused(answer, 400, "invalid_request");
    assertTrue(error.get("message").getAsString().contains("Host header"), error.toString());
  }

  @Test
  void anHttp10RequestNeedsNoHost() {
    assertEquals(200, halfClosed("GET /health HTTP/1.0\r\n\r\n").status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Content-Length: abc\r\n", "Content-Length: 2\r\nContent-Length: 20\r\n",
      "Content-Length: 2, 2\r\n", "Content-Length: -1\r\n"})
  void aContentLengthThatIsNotOneNumberIsAJson400(String length) {
    JsonObject error = refused(halfClosed(SEARCH + length + "\r\n{}"), 400, "invalid_request");
    assertTrue(error.get("message").getAsString().contains("Content-Length"), error.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip, chunked", "chunked, gzip", "identity, chunked", "gzip"})
  void aTransferCodingBesidesChunkedIsAJson400(String coding) {
    String request = SEARCH + "Transfer-Encoding: " + coding + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
    JsonObject error = refused(halfClosed(request), 400, "invalid_request");
    assertTrue(error.get("message").getAsString().contains("Transfer-Encoding"), error.toString());
  }

  @Test
  void plainChunksAreStillRead() {
    RawHttp.Answer answer = halfClosed(SEARCH + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    assertEquals(200, answer.status(), answer.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST /api/search HTTP/1.1\r\nHost: gazette\r\nContent-Type: application/json\r\n"
      + "Expect: garbage\r\nContent-Length: 2\r\n\r\n{}", "GET /health HTTP/1.1\r\nHost: gazette\r\nExpect: garbage\r\n\r\n"})
  void anUnknownExpectationIsAJson417(String request) {
    refused(halfClosed(request), 417, "expectation_failed");
  }

  @Test
  void aContinueIsStillMet() {
    RawHttp.Answer answer = halfClosed(SEARCH + "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n{}");
    assertTrue(answer.text().startsWith("HTTP/1.1 100"), answer.text());
    assertTrue(answer.text().contains("HTTP/1.1 200 OK"), answer.text());
  }

  @Test
  void anAnswerGivenBeforeTheBodyWasReadClosesTheConnection() {
    String unread = "POST /health HTTP/1.1\r\nHost: gazette\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
        + "{\"q\":\"oil\"}";
    RawHttp.Answer answer = halfClosed(unread + "GET /health HTTP/1.1\r\nHost: gazette\r\n\r\n");
    assertEquals(405, answer.status(), answer.text());
    assertTrue(answer.text().contains("Connection: close"), answer.text());
    assertFalse(answer.text().contains("HTTP/1.1 400"), "the body was read as a request: " + answer.text());
  }

  @Test
  void aBodyThatWasReadKeepsTheConnection() {
    RawHttp.Answer answer = halfClosed(SEARCH + "Content-Length: 2\r\n\r\n{}GET /health HTTP/1.1\r\nHost: gazette\r\n\r\n");
    assertTrue(answer.text().contains("{\"status\":\"ok\"}"), answer.text());
  }

  /** Sends {@code request}, half-closes the connection, and reads every answer until the server closes it. */
  private static RawHttp.Answer halfClosed(String request) {
    long start = System.nanoTime();
    try (Socket socket = new Socket(RUNNING.server().server.uri().getHost(), RUNNING.server().server.uri().getPort())) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.shutdownOutput();
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = text.startsWith("HTTP/1.") ? Integer.parseInt(text.substring(9, 12)) : 0;
      return new RawHttp.Answer(status, text, (System.nanoTime() - start) / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts one JSON error of {@code status} and {@code code} and returns its error object. */
  private static JsonObject refused(RawHttp.Answer answer, int status, String code) {
    assertEquals(status, answer.status(), answer.text());
    assertTrue(answer.text().toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"),
        answer.text());
    JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals(status, error.get("status").getAsInt());
    assertEquals(code, error.get("code").getAsString(), answer.body());
    assertFalse(answer.body().matches("(?s).*(java\\.|Exception|undertow).*"), answer.body());
    return error;
  }
}

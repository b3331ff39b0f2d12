package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body limit of {@code --max-body} holds in both directions over a real socket: a body above
 * Undertow's own 2 MB default loads when the limit allows it, and a body over the limit gets the
 * JSON 413, whether its length is declared (with or without {@code Expect: 100-continue}, answered
 * before the body is sent) or it comes in chunks.
 */
class BodyLimitTest {
  private static final int LIMIT = 3 * 1024 * 1024;

  @RegisterExtension static final RunningServer RUNNING = new RunningServer("--max-body", "3MB");

  private final Api api = RUNNING.api();

  @Test
  void aBodyOverUndertowsTwoMegabyteDefaultLoadsWhenTheLimitAllowsIt() {
    String filler = "Harvest figures moved again this week. ".repeat(250);
    String lines = IntStream.range(0, 250)
        .mapToObj(i -> "{\"id\": \"big-" + i + "\", \"title\": \"Harvest " + i + "\", \"body\": \"" + filler + "\"}")
        .collect(Collectors.joining("\n"));
    assertTrue(lines.length() > 2_400_000 && lines.length() < LIMIT, "body of " + lines.length() + " bytes");
    Api.Response response = api.post("/api/articles", "application/x-ndjson", lines);
    assertEquals(200, response.status(), response.body());
    assertEquals(250, response.json().get("accepted").getAsInt());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Expect: 100-continue\r\n", ""})
  void aDeclaredBodyOverTheLimitIsRefusedWithJsonBeforeItIsSent(String expect) {
    String head = "POST /api/articles HTTP/1.1\r\nHost: gazette\r\nContent-Type: application/x-ndjson\r\n"
        + "Content-Length: " + (LIMIT + 1) + "\r\n" + expect + "\r\n";
    RawHttp.Answer answer = RawHttp.exchange(RUNNING.server().server.uri(), head, Duration.ofSeconds(10));
    assertTooLarge(answer);
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWithJson() throws IOException {
    var uri = RUNNING.server().server.uri();
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /api/articles HTTP/1.1\r\nHost: gazette\r\nContent-Type: application/x-ndjson\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int sent = 0; sent < LIMIT; sent += chunk.length) {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTooLarge(new RawHttp.Answer(Integer.parseInt(text.substring(9, 12)), text, 0));
    }
    assertEquals(200, api.get("/health").status());
  }

  private static void assertTooLarge(RawHttp.Answer answer) {
    assertEquals(413, answer.status(), answer.text());
    assertTrue(answer.text().toLowerCase().contains("content-type: application/json"), answer.text());
    JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals("payload_too_large", error.get("code").getAsString());
    assertTrue(error.get("message").getAsString().contains(Integer.toString(LIMIT)), answer.body());
  }
}

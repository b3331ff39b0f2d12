package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-connections} caps the connections open at once: one more waits, unanswered, until
 * one of them closes, and is answered then.
 */
class ConnectionLimitTest {
  @TempDir Path data;

  @Test
  void aConnectionBeyondTheLimitWaitsUntilOneCloses() throws InterruptedException {
    try (TestServer server = TestServer.start(data, Map.of(), "--max-connections", "8")) {
      URI uri = server.server.uri();
      List<Socket> held = RawHttp.open(8, RawHttp::slowHeaders, uri);
      try {
        Thread.sleep(300);
        assertEquals(0, RawHttp.get(uri, "/health", Duration.ofSeconds(1)).status(),
            "a ninth connection was served while eight were open");
      } finally {
        RawHttp.closeAll(held);
      }
      RawHttp.Answer after = RawHttp.get(uri, "/health", Duration.ofSeconds(10));
      assertEquals(200, after.status(), after.text());
    }
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and idle clients against the real server process over real sockets: while 200 connections
 * hold half-sent headers and 50 hold one byte of a body, every endpoint answers before the header,
 * body and idle timeouts close them, and then they do close them. How fast {@code /health} answers
 * meanwhile is measured, not asserted here: {@code ./gazette bench --only door} (docs/benchmarks.md).
 */
class SlowClientTest {
  private static final int TIMEOUT_SECONDS = 6;
  private static final Duration PROBE = Duration.ofSeconds(10);

  @TempDir static Path data;
  private static ServerProcess server;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    String seconds = Integer.toString(TIMEOUT_SECONDS);
    server = ServerProcess.start(data, "--header-timeout", seconds, "--body-timeout", seconds, "--idle-timeout", seconds);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyEndpointAnswersWhileSlowClientsHoldConnectionsAndTheyAreClosed() {
    URI uri = server.uri;
    List<Socket> slowHeaders = RawHttp.open(200, RawHttp::slowHeaders, uri);
    List<Socket> slowBodies = RawHttp.open(50, RawHttp::slowBody, uri);
    long opened = System.nanoTime();
    try {
      List<Double> health = new ArrayList<>();
      Map<String, Integer> statuses = new LinkedHashMap<>();
      while (System.nanoTime() - opened < 1_500_000_000L) {
        RawHttp.Answer answer = RawHttp.get(uri, "/health", PROBE);
        assertEquals(200, answer.status(), answer.text());
        health.add(answer.millis());
      }
      statuses.put("ready", RawHttp.get(uri, "/ready", PROBE).status());
      statuses.put("article", RawHttp.get(uri, "/api/articles/" + TestServer.SEED_ID, PROBE).status());
      statuses.put("stats", RawHttp.get(uri, "/api/stats", PROBE).status());
      statuses.put("search", RawHttp.exchange(uri, RawHttp.request("POST", "/api/search", "{\"q\": \"korea\"}"), PROBE).status());
      statuses.put("write", RawHttp.exchange(uri, RawHttp.request("PUT", "/api/articles/slow-1", "{\"title\": \"Held\"}"), PROBE).status());
      assertEquals(Map.of("ready", 200, "article", 200, "stats", 200, "search", 200, "write", 201), statuses);
      double held = (System.nanoTime() - opened) / 1e9;
      assertTrue(held < TIMEOUT_SECONDS, "the answers took " + held + " s, longer than the slow connections are held; "
          + health.size() + " /health probes, median " + RawHttp.median(health) + " ms");

      Duration closing = Duration.ofSeconds(TIMEOUT_SECONDS + 5);
      for (Socket socket : slowHeaders) {
        assertTrue(RawHttp.closedWithin(socket, closing, null), "a slow-header connection stayed open");
      }
      for (Socket socket : slowBodies) {
        StringBuilder answer = new StringBuilder();
        assertTrue(RawHttp.closedWithin(socket, closing, answer), "a slow-body connection stayed open");
        assertTrue(answer.toString().startsWith("HTTP/1.1 408"), answer.toString());
        assertTrue(answer.toString().contains("\"code\":\"request_timeout\""), answer.toString());
      }
    } finally {
      RawHttp.closeAll(slowHeaders);
      RawHttp.closeAll(slowBodies);
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosedAfterTheIdleTimeout() throws IOException {
    try (Socket idle = new Socket(server.uri.getHost(), server.uri.getPort())) {
      long start = System.nanoTime();
      assertTrue(RawHttp.closedWithin(idle, Duration.ofSeconds(TIMEOUT_SECONDS + 5), null), "the idle connection stayed open");
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(seconds > TIMEOUT_SECONDS - 1, "closed after " + seconds + " s, before the idle timeout");
    }
  }
}

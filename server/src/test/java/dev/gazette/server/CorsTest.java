package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORS, when configured: allowed origins get the header and their preflight answered; others do not. */
class CorsTest {
  @TempDir Path data;

  @Test
  void configuredOriginsMayCallTheApi() {
    try (TestServer server = TestServer.start(data, Map.of(), "--cors-origin", "https://app.example")) {
      Api api = server.api;
      Api.Response allowed = api.send(api.request("/api/search?q=korea").header("Origin", "https://app.example").GET());
      assertEquals("https://app.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
      Api.Response other = api.send(api.request("/api/search?q=korea").header("Origin", "https://evil.example").GET());
      assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
      Api.Response preflight = api.send(api.request("/api/articles/x").header("Origin", "https://app.example")
          .header("Access-Control-Request-Method", "PUT").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
      assertEquals(204, preflight.status());
      assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("PUT"));
    }
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Health, readiness, stats, facet value search, the OpenAPI document and the access log. */
class StatusApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();
  private static Api api;

  @BeforeAll
  static void client() {
    api = RUNNING.api();
  }

  @Test
  void healthAndReadiness() {
    assertEquals("ok", api.get("/health").json().get("status").getAsString());
    assertEquals("ready", api.get("/ready").json().get("status").getAsString());
  }

  @Test
  void statsDescribeTheIndex() {
    Instant asked = Instant.now();
    JsonObject stats = api.get("/api/stats").json();
    Instant answered = Instant.now();
    assertTrue(stats.get("documents").getAsLong() >= 1, stats.toString());
    assertTrue(stats.get("sizeBytes").getAsLong() > 0, stats.toString());
    assertTrue(stats.get("segments").getAsInt() >= 1, stats.toString());
    assertFalse(stats.get("lastCommit").isJsonNull(), stats.toString());
    Instant lastReindex = Instant.parse(stats.get("lastReindex").getAsString());
    Instant startedAt = Instant.parse(stats.get("startedAt").getAsString());
    assertTrue(lastReindex.isAfter(startedAt) && lastReindex.isBefore(Instant.now()), "this server indexed the seeds: " + stats);
    long uptime = stats.get("uptimeSeconds").getAsLong();
    assertTrue(uptime >= Duration.between(startedAt, asked).toSeconds() - 1
        && uptime <= Duration.between(startedAt, answered).toSeconds() + 1, "uptime within the request's time: " + stats);
  }

  @Test
  void facetValuesStartingWithAPrefix() {
    Api.Response response = api.get("/api/facets/country?prefix=nor");
    assertEquals(200, response.status(), response.body());
    Set<String> values = new TreeSet<>();
    response.json().getAsJsonArray("values").forEach(v -> values.add(v.getAsJsonObject().get("value").getAsString()));
    assertTrue(values.contains("North Korea"), response.body());
    values.forEach(value -> assertTrue(value.toLowerCase().startsWith("nor"), value));
  }

  @Test
  void facetValueErrors() {
    assertEquals("invalid_parameter", api.get("/api/facets/nosuch").errorCode());
    assertEquals("invalid_parameter", api.get("/api/facets/country?limit=0").errorCode());
    assertEquals("invalid_parameter", api.get("/api/facets/country?limit=x").errorCode());
    assertEquals("invalid_parameter", api.get("/api/facets/country?q=x").errorCode());
  }

  @Test
  void openApiDocumentIsServedAndCoversEveryRoute() {
    Api.Response response = api.get("/openapi.json");
    assertEquals(JsonParser.parseString(OpenApiContract.TEXT), JsonParser.parseString(response.body()));
    JsonObject document = response.json();
    assertEquals("3.1.0", document.get("openapi").getAsString());
    Set<String> operations = new TreeSet<>();
    document.getAsJsonObject("paths").entrySet().forEach(path -> path.getValue().getAsJsonObject().keySet().stream()
        .filter(key -> !key.equals("parameters"))
        .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
    assertEquals(new TreeSet<>(Set.of(
        "GET /api/search", "POST /api/search", "GET /api/articles/{id}", "PUT /api/articles/{id}",
        "DELETE /api/articles/{id}", "POST /api/articles", "GET /api/facets/{dimension}", "GET /api/stats",
        "GET /api/articles/{id}/related", "GET /api/suggest", "GET /health", "GET /ready", "GET /openapi.json",
        "GET /metrics", "POST /api/admin/snapshot")), operations);
  }

  @Test
  void everyRequestGetsOneAccessLogLine() throws InterruptedException {
    api.get("/health?probe=access-log");
    api.get("/api/nothing");
    assertTrue(RUNNING.server().awaitLogLine("INFO gazette.access GET /health 200 \\d+ms"), String.join("\n", RUNNING.server().logLines()));
    assertTrue(RUNNING.server().awaitLogLine("INFO gazette.access GET /api/nothing 404 \\d+ms"), String.join("\n", RUNNING.server().logLines()));
    assertTrue(RUNNING.server().logLines().stream().noneMatch(line -> line.contains("probe")), "the query string is not logged");
  }

  @Test
  void corsIsOffUnlessConfigured() {
    Api.Response response = api.send(api.request("/health").header("Origin", "https://elsewhere.example").GET());
    assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }
}

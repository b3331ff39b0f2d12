package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /metrics} after real traffic: each counter moved by exactly what the traffic did. */
class MetricsApiTest {
  private static final String HTTP = "gazette_http_request_duration_seconds_count";
  private static final String SEARCH = "gazette_search_duration_seconds_count";

  @RegisterExtension static final RunningServer RUNNING = new RunningServer();

  @Test
  void countersMoveByWhatTheTrafficDid() throws InterruptedException {
    Api api = RUNNING.api();
    Scrape before = Scrape.of(api);

    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.get("/api/search?q=korea").status());
    }
    assertEquals(200, api.post("/api/search", "application/json", "{\"q\": \"\\\"north korea\\\"\", \"facets\": \"country\"}").status());
    assertEquals(200, api.get("/api/search?q=kor*&sort=newest").status());
    assertEquals(400, api.get("/api/search?size=0").status());
    assertEquals(404, api.get("/api/nothing").status());
    assertEquals(201, api.put("/api/articles/metrics-1",
        Articles.article("metrics-1", "Counted", "2024-05-01", "Counted once.", "misc").toString()).status());
    assertEquals(400, api.put("/api/articles/metrics-bad", "{\"title\": ").status());
    String bulk = Articles.article("metrics-2", "Two", "2024-05-02", "Second.", "misc") + "\n"
        + "{\"id\": \"metrics-broken\", \"title\": \n"
        + Articles.article("metrics-3", "Three", "2024-05-03", "Third.", "misc") + "\n";
    assertEquals(200, api.post("/api/articles", "application/x-ndjson", bulk).status());
    assertEquals(200, api.delete("/api/articles/metrics-1").status());
    assertEquals(404, api.get("/api/articles/metrics-1").status());

    Scrape after = awaitCount(api, before, 1, HTTP, "endpoint", "/api/articles/{id}", "method", "GET", "status", "404");
    assertAll(
        () -> assertMoved(before, after, 4, HTTP, "endpoint", "/api/search", "method", "GET", "status", "200"),
        () -> assertMoved(before, after, 1, HTTP, "endpoint", "/api/search", "method", "POST", "status", "200"),
        () -> assertMoved(before, after, 1, HTTP, "endpoint", "/api/search", "method", "GET", "status", "400"),
        () -> assertMoved(before, after, 1, HTTP, "endpoint", RequestMetrics.UNROUTED, "method", "GET", "status", "404"),
        () -> assertMoved(before, after, 1, HTTP, "endpoint", "/api/articles/{id}", "method", "PUT", "status", "201"),
        () -> assertMoved(before, after, 1, HTTP, "endpoint", "/api/articles/{id}", "method", "PUT", "status", "400"),
        () -> assertMoved(before, after, 1, HTTP, "endpoint", "/api/articles", "method", "POST", "status", "200"),
        () -> assertMoved(before, after, 1, HTTP, "endpoint", "/api/articles/{id}", "method", "DELETE", "status", "200"),
        () -> assertMoved(before, after, 3, SEARCH, "kind", "words", "sort", "relevance", "facets", "false"),
        () -> assertMoved(before, after, 1, SEARCH, "kind", "phrase", "sort", "relevance", "facets", "true"),
        () -> assertMoved(before, after, 1, SEARCH, "kind", "prefix", "sort", "newest", "facets", "false"),
        () -> assertMoved(before, after, 5, SEARCH),
        () -> assertMoved(before, after, 3, "gazette_documents_indexed_total", "source", "api"),
        () -> assertMoved(before, after, 2, "gazette_documents_rejected_total", "source", "api"),
        () -> assertMoved(before, after, 1, "gazette_documents_deleted_total"),
        () -> assertMoved(before, after, 0, "gazette_slow_searches_total"));
  }

  @Test
  void endpointsAreRouteTemplatesNeverRawPaths() {
    Api api = RUNNING.api();
    api.get("/api/articles/some-raw-id-1");
    api.get("/api/articles/some-raw-id-2");
    api.get("/api/no/such/path/at/all");
    Scrape scrape = Scrape.of(api);
    Set<String> endpoints = scrape.matching(HTTP).stream().map(s -> s.labels().get("endpoint")).collect(Collectors.toSet());
    assertTrue(endpoints.contains("/api/articles/{id}"), endpoints.toString());
    assertTrue(endpoints.stream().noneMatch(e -> e.contains("raw-id") || e.contains("no/such")), endpoints.toString());
  }

  @Test
  void indexAndJvmStateAreExposed() {
    Api api = RUNNING.api();
    long documents = api.get("/api/stats").json().get("documents").getAsLong();
    Scrape scrape = Scrape.of(api);
    assertAll(
        () -> assertEquals(1, scrape.value("gazette_ready")),
        () -> assertEquals(documents, scrape.value("gazette_index_documents")),
        () -> assertTrue(scrape.value("gazette_index_size_bytes") > 0, scrape.text),
        () -> assertTrue(scrape.value("gazette_index_segments") >= 1, scrape.text),
        () -> assertTrue(scrape.value("gazette_index_last_commit_timestamp_seconds") > 1.7e9, scrape.text),
        () -> assertTrue(scrape.value("gazette_index_last_reindex_timestamp_seconds") > 1.7e9, scrape.text),
        () -> assertTrue(scrape.value("gazette_index_refresh_lag_seconds") >= 0, scrape.text),
        () -> assertFalse(scrape.matching("gazette_index_uncommitted_changes").isEmpty(), scrape.text),
        () -> assertFalse(scrape.matching("gazette_index_writer_buffered_documents").isEmpty(), scrape.text),
        () -> assertTrue(scrape.value("jvm_memory_used_bytes", "area", "heap") > 0, scrape.text),
        () -> assertFalse(scrape.matching("jvm_gc_collection_seconds_count").isEmpty(), scrape.text),
        () -> assertFalse(scrape.matching("process_cpu_seconds_total").isEmpty(), scrape.text));
  }

  private static void assertMoved(Scrape before, Scrape after, double by, String name, String... labels) {
    double moved = sum(after, name, labels) - sum(before, name, labels);
    assertEquals(by, moved, name + " " + String.join(",", labels) + "\n" + after.text);
  }

  private static double sum(Scrape scrape, String name, String... labels) {
    return scrape.matching(name, labels).stream().mapToDouble(Scrape.Sample::value).sum();
  }

  /**
   * Scrapes until the series has moved by {@code by} since {@code before}: a request is counted once
   * its response is complete, which can be just after the client has read it.
   */
  private static Scrape awaitCount(Api api, Scrape before, double by, String name, String... labels)
      throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    Scrape scrape = Scrape.of(api);
    while (sum(scrape, name, labels) - sum(before, name, labels) < by && System.nanoTime() < deadline) {
      Thread.sleep(20);
      scrape = Scrape.of(api);
    }
    return scrape;
  }
}

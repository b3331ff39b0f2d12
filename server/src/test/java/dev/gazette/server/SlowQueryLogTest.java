package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The slow-search threshold and the request it logs to run a search again. */
class SlowQueryLogTest {
  private static final SearchResult RESULT = new SearchResult(42, 0, List.of(), Map.of(), null, null, false, null, false);

  @Test
  void onlySearchesReachingTheThresholdAreLogged() {
    try (LogCapture log = new LogCapture()) {
      SlowQueryLog slow = new SlowQueryLog(Duration.ofSeconds(1), new Log(), new PrometheusRegistry());
      Map<String, List<String>> params = Map.of("q", List.of("oil"));
      SearchRequest request = SearchRequest.of("oil");
      slow.check(params, request, RESULT, 999_999_999L);
      assertEquals(List.of(), log.lines());
      slow.check(params, request, RESULT, 1_000_000_000L);
      assertEquals(List.of("WARN gazette.slow-query 1000ms 42 hits GET /api/search?q=oil"), log.lines());
    }
  }

  @Test
  void theRequestCarriesEveryParameterEncodedOnOneLine() {
    Map<String, List<String>> params = new LinkedHashMap<>();
    params.put("q", List.of("\"north korea\"\nNOT sanctions"));
    params.put("filter", List.of("country:North Korea", "topics:a&b"));
    params.put("size", List.of("20"));
    assertEquals("/api/search?q=%22north+korea%22%0ANOT+sanctions&filter=country%3ANorth+Korea&filter=topics%3Aa%26b&size=20",
        SlowQueryLog.replay(params));
    assertEquals("/api/search", SlowQueryLog.replay(Map.of()));
  }
}

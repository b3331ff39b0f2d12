package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine.ParameterException;

/**
 * The limits on what a request may ask, each refused with a clear 400 or 413 through the HTTP API
 * (query length, size, page depth and the body size have their tests in {@link SearchApiTest} and
 * {@link ArticleApiTest}).
 */
class LimitsApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer("--search-timeout-ms", "3000");

  private final Api api = RUNNING.api();

  @Test
  void aQueryMayHoldAtMost64WordsAndPhrases() {
    String words64 = IntStream.range(0, 64).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    assertEquals(200, api.get("/api/search?operator=or&q=" + Api.encode(words64)).status());
    Api.Response refused = api.get("/api/search?operator=or&q=" + Api.encode(words64 + " \"one more\""));
    assertEquals(400, refused.status(), refused.body());
    assertEquals("invalid_parameter", refused.errorCode());
    assertTrue(refused.error().get("message").getAsString().contains("64"), refused.body());
  }

  @Test
  void pagingStopsAt10000HitsAndFacetsAt1000Values() {
    assertEquals(200, api.get("/api/search?q=korea&page=100&size=100").status());
    Api.Response deep = api.get("/api/search?q=korea&page=101&size=100");
    assertEquals(400, deep.status());
    assertTrue(deep.error().get("message").getAsString().contains("cursor"), deep.body());
    assertEquals(200, api.get("/api/search?q=korea&facets=country&facetLimit=1000").status());
    Api.Response facets = api.get("/api/search?q=korea&facets=country&facetLimit=1001");
    assertEquals(400, facets.status());
    assertTrue(facets.error().get("message").getAsString().contains("facetLimit"), facets.body());
  }

  @Test
  void everySearchSaysWhetherItRanOutOfTime() {
    Api.Response response = api.get("/api/search?q=korea");
    assertEquals(200, response.status());
    assertFalse(response.json().get("timedOut").getAsBoolean());
  }

  @Test
  void theSearchTimeBudgetComesFromAFlagOrTheEnvironment() {
    assertEquals(250, searchTimeoutMs(ServeCommand.options(Map.of(), "--search-timeout-ms", "250")));
    assertEquals(900, searchTimeoutMs(ServeCommand.options(Map.of("GAZETTE_SEARCH_TIMEOUT_MS", "900"))));
    assertEquals(5_000, searchTimeoutMs(ServeCommand.options(Map.of())));
    assertThrows(ParameterException.class, () -> ServeCommand.options(Map.of(), "--search-timeout-ms", "0"));
  }

  @Test
  void jsonBodiesNestAtMost32Deep() {
    Api.Response deep = api.post("/api/search", "application/json", "{\"q\": " + nested(32) + "}");
    assertEquals(400, deep.status());
    assertEquals("json_too_complex", deep.errorCode());
    assertEquals("invalid_parameter", api.post("/api/search", "application/json", "{\"q\": " + nested(30) + "}").errorCode());
    Api.Response article = api.put("/api/articles/deep", "{\"title\": \"Deep\", \"extra\": " + nested(40) + "}");
    assertEquals(400, article.status());
    assertEquals("json_too_complex", article.errorCode());
    Api.Response bulk = api.post("/api/articles", "application/json", "[{\"title\": \"Deep\", \"x\": " + nested(40) + "}]");
    assertEquals("json_too_complex", bulk.errorCode());
  }

  @Test
  void jsonArraysHoldAtMost10000Items() {
    String items = IntStream.range(0, 10_001).mapToObj(i -> "\"x\"").collect(Collectors.joining(","));
    Api.Response refused = api.post("/api/search", "application/json", "{\"q\": \"korea\", \"facets\": [" + items + "]}");
    assertEquals(400, refused.status());
    assertEquals("json_too_complex", refused.errorCode());
    assertTrue(refused.error().get("message").getAsString().contains("10000"), refused.body());
  }

  @Test
  void aBulkLoadHoldsAtMost10000Articles() {
    String lines = IntStream.range(0, 10_001).mapToObj(i -> "{\"id\": \"bulk-" + i + "\", \"title\": \"t\"}")
        .collect(Collectors.joining("\n"));
    Api.Response refused = api.post("/api/articles", "application/x-ndjson", lines);
    assertEquals(413, refused.status());
    assertEquals("too_many_items", refused.errorCode());
    assertEquals(404, api.get("/api/articles/bulk-0").status());
  }

  private static long searchTimeoutMs(ServerOptions options) {
    return options.gazetteConfig().operations().searchTimeoutMs();
  }

  /** {@code depth} arrays, one inside the other. */
  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.SearchResult.FacetValue;
import dev.gazette.store.DataFolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All 21,578 Reuters articles indexed on disk; facet counts checked against counts made straight from the JSONL. */
class ReutersIndexTest {
  /** Reuters-21578's records less the one with neither title nor body (12793), which is rejected. */
  private static final int INDEXED = 21_577;
  static final List<String> DIMENSIONS = List.of("topics", "places", "people", "orgs", "exchanges");

  @TempDir static Path dir;
  static Path corpus;
  static DataFolder folder;
  static IngestReport report;

  @BeforeAll
  static void index() {
    corpus = TestData.sharedData("reuters21578/reuters21578.jsonl.gz");
    folder = DataFolder.open(dir, GazetteConfig.defaults());
    report = folder.reindex(gazette -> gazette.load(ArticleReader.of(corpus)));
  }

  @AfterAll
  static void close() {
    folder.close();
  }

  @Test
  void everyArticleIsIndexedAndTheIndexIsClean() {
    assertEquals(INDEXED, report.accepted());
    assertEquals(1, report.rejected(), "record 12793 has neither title nor body");
    assertTrue(report.rejections().getFirst().reason().contains("title"), report.rejections().toString());
    long documents = folder.withLive(g -> g.stats().documents());
    assertEquals(INDEXED, documents);
    DataFolder.CheckReport check = folder.check();
    assertTrue(check.clean(), check.report());
  }

  @Test
  void facetCountsMatchTheSourceData() throws IOException {
    Map<String, Map<String, Long>> expected = countsFromJsonl();
    assertEquals(3_987L, expected.get("topics").get("earn"));
    SearchResult all = folder.withLive(g -> g.search(SearchRequest.builder()
        .facets(DIMENSIONS.toArray(String[]::new)).facetLimit(1000).highlight(false).build()));
    assertEquals(INDEXED, all.total());
    for (String dim : DIMENSIONS) {
      Map<String, Long> actual = new HashMap<>();
      all.facets().get(dim).forEach(v -> actual.put(v.value(), v.count()));
      assertEquals(expected.get(dim), actual, dim);
    }
  }

  @Test
  void filtersAndDrillSidewaysAgreeWithTheSourceData() {
    SearchResult earnInCanada = folder.withLive(g -> g.search(SearchRequest.builder()
        .filter("topics", "earn").filter("places", "canada").facets("topics").highlight(false).build()));
    long topicsEarn = earnInCanada.facets().get("topics").stream()
        .filter(v -> v.value().equals("earn")).mapToLong(FacetValue::count).sum();
    assertEquals(earnInCanada.total(), topicsEarn);
    assertTrue(earnInCanada.total() > 100, "earn in canada: " + earnInCanada.total());
  }

  @Test
  void monthCountsMatchTheSourceDates() throws IOException {
    Map<String, Long> expected = countsFromJsonl().get("month");
    SearchResult all = folder.withLive(g -> g.search(SearchRequest.builder().facets("published").highlight(false).build()));
    Map<String, Long> actual = new HashMap<>();
    all.facets().get("published").forEach(year -> year.children().forEach(m -> actual.put(m.value(), m.count())));
    assertEquals(expected, actual);
    long march = folder.withLive(g -> g.search(SearchRequest.builder().filter("published", "1987/03").build()).total());
    assertEquals(expected.get("1987/03"), march);
  }

  private static Map<String, Map<String, Long>> countsFromJsonl() throws IOException {
    Map<String, Map<String, Long>> counts = new HashMap<>();
    DIMENSIONS.forEach(dim -> counts.put(dim, new HashMap<>()));
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonObject record = JsonParser.parseString(line).getAsJsonObject();
        if (record.get("title").isJsonNull() && record.get("body").getAsString().isBlank()) {
          continue;
        }
        for (String dim : DIMENSIONS) {
          Set<String> values = new LinkedHashSet<>();
          for (JsonElement value : record.getAsJsonArray(dim)) {
            values.add(value.getAsString());
          }
          values.forEach(value -> counts.get(dim).merge(value, 1L, Long::sum));
        }
        String month = record.get("date_iso").getAsString().substring(0, 7).replace('-', '/');
        counts.computeIfAbsent("month", m -> new HashMap<>()).merge(month, 1L, Long::sum);
      }
    }
    counts.values().removeIf(Map::isEmpty);
    DIMENSIONS.forEach(dim -> counts.putIfAbsent(dim, Map.of()));
    return counts;
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymsTest {
  static List<Article> articles() {
    return List.of(
        Articles.article("kp", "Pyongyang test", "2024-01-01", "The DPRK leader watched the launch."),
        Articles.article("nk", "Summit news", "2024-01-02", "North Korea leader Kim met officials."),
        Articles.article("us", "Trade talks", "2024-01-03", "The U.S. trade envoy arrived; United States officials waited."),
        Articles.article("other", "Weather", "2024-01-04", "Rain over the north coast of Korea Bay."));
  }

  static List<String> ids(Gazette gazette, String query) {
    return gazette.search(SearchRequest.builder().query(query).size(100).build())
        .hits().stream().map(SearchResult.Hit::id).sorted().toList();
  }

  @Test
  void builtInNewsSynonymsApplyBothWays() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(articles());
      gazette.refresh();
      assertEquals(List.of("kp", "nk"), ids(gazette, "dprk"));
      assertEquals(List.of("kp", "nk"), ids(gazette, "north korea"));
      assertEquals(List.of("kp", "nk"), ids(gazette, "north korea leader"));
      assertEquals(List.of("us"), ids(gazette, "united states envoy"));
      assertEquals(List.of("us"), ids(gazette, "usa"));
    }
  }

  @Test
  void multiWordSynonymsWorkInPhrases() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(articles());
      gazette.refresh();
      assertEquals(List.of("kp", "nk"), ids(gazette, "\"north korea leader\""));
      assertEquals(List.of("kp", "nk"), ids(gazette, "\"dprk leader\""));
    }
  }

  @Test
  void synonymMatchesAreHighlighted() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(articles());
      gazette.refresh();
      SearchResult result = gazette.search(SearchRequest.of("dprk"));
      String nk = result.hits().stream().filter(h -> h.id().equals("nk")).findFirst().orElseThrow()
          .snippets().body().get(0);
      assertTrue(nk.contains("<mark>North Korea</mark>"), nk);
    }
  }

  @Test
  void aUserSynonymsFileReplacesTheBuiltInSet(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "# ours\nrain, drizzle\n");
    GazetteConfig config = GazetteConfig.defaults().withAnalysis(a -> a.synonyms(file));
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(articles());
      gazette.refresh();
      assertEquals(List.of("other"), ids(gazette, "drizzle"));
      assertEquals(List.of("kp"), ids(gazette, "dprk"));
    }
  }

  @Test
  void synonymsCanBeTurnedOff() {
    try (Gazette gazette = Gazette.inMemory(GazetteConfig.defaults().withAnalysis(a -> a.useSynonyms(false)))) {
      gazette.upsertAll(articles());
      gazette.refresh();
      assertEquals(List.of("kp"), ids(gazette, "dprk"));
    }
  }

  @Test
  void aBrokenSynonymsFileIsExplained(@TempDir Path dir) {
    GazetteConfig config = GazetteConfig.defaults().withAnalysis(a -> a.synonyms(dir.resolve("missing.txt")));
    GazetteException e = org.junit.jupiter.api.Assertions.assertThrows(GazetteException.class, () -> Gazette.inMemory(config));
    assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
  }
}

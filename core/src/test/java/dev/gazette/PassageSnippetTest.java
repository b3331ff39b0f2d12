package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Mode;
import dev.gazette.SearchResult.Hit;
import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hit found by meaning alone shows the passage of its body closest to the query. */
class PassageSnippetTest {
  private static final String COUNCIL = "The town council met on Tuesday evening to discuss the budget for the coming "
      + "year, and members argued for two hours about the cost of repairing the old library roof before they voted.";
  private static final String WEATHER = "Forecasters said the weekend would bring heavy rain and strong winds across "
      + "the valley, and residents were told to clear their gutters and secure loose garden furniture.";
  private static final String FUEL = "Petroleum & crude stocks at the harbour depot fell sharply this month, traders "
      + "said, as tankers were delayed by the storms and refineries along the coast drew down their reserves.";
  private static final String FOOTBALL = "In sport, the local football club won its cup final on penalties after a "
      + "goalless draw, and supporters celebrated in the square until the early hours of the morning.";
  private static final String HARVEST = "Wheat farmers brought the harvest in early this year, and the barns along "
      + "the river road are full for the first time since the long drought ended.";

  private final ConceptEmbedder embedder = new ConceptEmbedder();
  private final GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(embedder).background(false));

  private static List<Article> archive(String third) {
    return List.of(
        Articles.article("long", "Valley roundup", "2024-03-01", COUNCIL, WEATHER, third, FOOTBALL),
        Articles.article("short", "Depot stocks", "2024-03-02", "Petroleum stocks fell as crude tankers waited."),
        Articles.article("other", "Library opens", "2024-03-03", "The new library opened its doors to readers."));
  }

  private static Hit hit(SearchResult result, String id) {
    return result.hits().stream().filter(hit -> hit.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + result.hits()));
  }

  private static List<String> snippet(Gazette gazette, String query, String id) {
    return hit(gazette.search(SearchRequest.of(query)), id).snippets().body();
  }

  @Test
  void aHitFoundByMeaningAloneShowsItsPassageClosestToTheQuery() {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive(FUEL));
      gazette.embedAll(done -> {});
      SearchResult hybrid = gazette.search(SearchRequest.of("oil"));
      assertEquals(Mode.HYBRID, hybrid.mode());
      assertEquals(0, hybrid.total() - hybrid.hits().size(), "every article is near enough to be a hit");
      assertEquals(List.of(FUEL.replace("&", "&amp;")), hit(hybrid, "long").snippets().body(),
          "the third paragraph is about oil, HTML-escaped");
      SearchResult semantic = gazette.search(SearchRequest.builder().query("oil").mode(Mode.SEMANTIC).build());
      assertEquals(hit(hybrid, "long").snippets(), hit(semantic, "long").snippets());
      assertEquals(List.of("Petroleum stocks fell as crude tankers waited."), snippet(gazette, "oil", "short"),
          "a body of one passage keeps its lead");
      List<String> byWords = snippet(gazette, "football cup", "long");
      assertTrue(byWords.size() == 1 && byWords.get(0).contains("<mark>football</mark>"),
          "a hit matched by words keeps its marked snippet: " + byWords);
      assertEquals(List.of(WEATHER), snippet(gazette, "forecasters valley umbrella", "long"),
          "not every word matches, so the hit is found by meaning and shows the passage about the weather");
    }
  }

  @Test
  void aSentenceLongerThanAPassageIsCutWithAnEllipsis() {
    String sentence = "Grain " + "barley oats rye maize ".repeat(17) + "and finally sorghum.";
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsert(Articles.article("cut", "Harvest", "2024-03-04", sentence));
      gazette.embedAll(done -> {});
      String[] words = sentence.split(" ");
      String shown = String.join(" ", java.util.Arrays.copyOf(words, 60)) + "…";
      assertEquals(List.of(shown), snippet(gazette, "cereal", "cut"));
    }
  }

  @Test
  void explainNamesThePassageShown() {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive(FUEL));
      gazette.embedAll(done -> {});
      String body = String.join("\n\n", COUNCIL, WEATHER, FUEL, FOOTBALL);
      String explained = gazette.explain(SearchRequest.of("oil"), "long").orElseThrow();
      assertTrue(explained.contains("snippet: body characters " + body.indexOf(FUEL) + " to "
          + (body.indexOf(FUEL) + FUEL.length()) + ", the passage closest in meaning (similarity 0."), explained);
      assertTrue(!gazette.explain(SearchRequest.of("football"), "long").orElseThrow().contains("snippet:"),
          "a hit matched by words shows its marked words");
    }
  }

  @Test
  void passagesAreKeptForUnchangedTextAndEmbeddedAgainWhenItChanges() {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive(FUEL));
      gazette.embedAll(done -> {});
      int embedded = embedder.passagesEmbedded.get();
      gazette.upsertAll(archive(FUEL));
      assertEquals(0, gazette.embedAll(done -> {}));
      assertEquals(embedded, embedder.passagesEmbedded.get(), "unchanged text is not embedded again");
      assertEquals(List.of(FUEL.replace("&", "&amp;")), snippet(gazette, "oil", "long"));

      gazette.upsertAll(archive(HARVEST));
      assertEquals(1, gazette.embedAll(done -> {}));
      assertEquals(embedded + 1 + 4, embedder.passagesEmbedded.get(), "the article and its four passages");
      assertEquals(List.of(HARVEST), snippet(gazette, "cereal", "long"));
    }
  }

  @Test
  void aReindexTakesThePassagesOfUnchangedArticles(@TempDir Path dir) {
    try (DataFolder folder = DataFolder.open(dir, config)) {
      folder.reindex(gazette -> {
        gazette.upsertAll(archive(FUEL));
        return new IngestReport(3, 0, List.of());
      });
      folder.withLive(gazette -> gazette.embedAll(done -> {}));
      int embedded = embedder.passagesEmbedded.get();
      folder.reindex(gazette -> {
        gazette.upsertAll(archive(FUEL));
        gazette.embedAll(done -> {});
        return new IngestReport(3, 0, List.of());
      });
      assertEquals(embedded, embedder.passagesEmbedded.get(), "nothing meets the model again");
      assertEquals(List.of(FUEL.replace("&", "&amp;")), folder.withLive(gazette -> snippet(gazette, "oil", "long")));
    }
  }
}

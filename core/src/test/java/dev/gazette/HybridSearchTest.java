package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Mode;
import dev.gazette.SearchResult.Hit;
import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search by meaning and hybrid search on the embedded engine, with a small test embedder. */
class HybridSearchTest {
  private final ConceptEmbedder embedder = new ConceptEmbedder();
  private final GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(embedder).background(false));

  private static List<Article> archive() {
    List<Article> articles = new ArrayList<>(List.of(
        Articles.withFacets("car1", "Automobile sales climb", "2024-01-10", Map.of("topics", List.of("autos")),
            "Dealers sold more automobile units than a year before."),
        Articles.withFacets("car2", "Vehicle makers merge", "2023-05-02", Map.of("topics", List.of("autos", "deals")),
            "Two vehicle makers agreed to merge their factories."),
        Articles.withFacets("oil1", "Crude climbs", "2024-02-01", Map.of("topics", List.of("energy")),
            "Petroleum prices rose as crude stocks fell."),
        Articles.withFacets("grain1", "Wheat harvest record", "2022-08-08", Map.of("topics", List.of("grain")),
            "The cereal harvest was the largest on record.")));
    for (int i = 0; i < 30; i++) {
      articles.add(Articles.withFacets("n" + i, "Council meeting " + i, "2021-03-" + String.format("%02d", 1 + i % 28),
          Map.of("topics", List.of("local")), "The town council met to discuss budget item " + i + " and car parks."));
    }
    return articles;
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }

  @Test
  void withoutAnEmbedderSearchIsByWordsAndMeaningIsRefused() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(archive());
      gazette.refresh();
      SearchResult result = gazette.search(SearchRequest.of("automobile"));
      assertEquals(Mode.LEXICAL, result.mode());
      assertNull(result.embedding());
      assertNull(gazette.stats().embedding());
      InvalidRequestException refused = assertThrows(InvalidRequestException.class,
          () -> gazette.search(SearchRequest.builder().query("automobile").mode(Mode.HYBRID).build()));
      assertEquals("mode", refused.parameter());
      assertThrows(UnsupportedFeatureException.class, () -> gazette.embedAll(done -> {}));
    }
  }

  @Test
  void meaningFindsWhatWordsMissOnceArticlesAreEmbedded() {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive());
      gazette.refresh();
      SearchResult before = gazette.search(SearchRequest.of("cars"));
      assertEquals(Mode.LEXICAL, before.mode(), "nothing is embedded yet, so the default is words");
      assertEquals(EmbeddingProgress.of("test-concepts", 0, 34), before.embedding());
      assertTrue(before.embedding().partial());

      List<Long> progress = new ArrayList<>();
      assertEquals(34, gazette.embedAll(progress::add));
      assertEquals(34L, progress.get(progress.size() - 1));
      assertFalse(gazette.stats().embedding().partial());
      assertEquals(34, gazette.gauges().embedded());

      SearchResult semantic = gazette.search(SearchRequest.builder().query("cars").mode(Mode.SEMANTIC).build());
      assertEquals(Mode.SEMANTIC, semantic.mode());
      assertTrue(ids(semantic).subList(0, 2).containsAll(List.of("car1", "car2")), ids(semantic).toString());

      SearchResult hybrid = gazette.search(SearchRequest.of("automobile"));
      assertEquals(Mode.HYBRID, hybrid.mode(), "embedded: the default is hybrid");
      assertEquals("car1", ids(hybrid).get(0), "the match by words and by meaning leads");
      assertTrue(ids(hybrid).contains("car2"), "found by meaning though it holds no query word: " + ids(hybrid));
      SearchResult lexical = gazette.search(SearchRequest.builder().query("automobile").mode(Mode.LEXICAL).build());
      assertEquals(List.of("car1"), ids(lexical));
      assertTrue(hybrid.total() > lexical.total());
    }
  }

  @Test
  void filtersAndFacetsHoldInEveryMode() {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive());
      gazette.embedAll(done -> {});
      for (Mode mode : Mode.values()) {
        SearchResult result = gazette.search(SearchRequest.builder().query("vehicle").mode(mode)
            .filter("topics", "autos").facets("topics").size(50).build());
        assertEquals(mode, result.mode());
        assertFalse(result.hits().isEmpty(), mode + " finds the autos articles");
        assertTrue(Set.of("car1", "car2").containsAll(ids(result)), mode + ": " + ids(result));
        assertEquals(result.total(), result.hits().size(), mode + ": the total counts the hits");
        long autos = result.facets().get("topics").stream().filter(v -> v.value().equals("autos"))
            .mapToLong(SearchResult.FacetValue::count).sum();
        assertEquals(result.total(), autos, mode + ": the selected value counts every match");
      }
      SearchResult dated = gazette.search(SearchRequest.builder().query("automobile vehicle").mode(Mode.SEMANTIC)
          .from("2024-01-01").build());
      assertTrue(ids(dated).stream().noneMatch(id -> id.equals("car2")), "dates bound the nearest too: " + ids(dated));
      SearchResult excluded = gazette.search(SearchRequest.builder().query("car -council").mode(Mode.HYBRID)
          .size(50).build());
      assertFalse(excluded.hits().isEmpty());
      assertTrue(ids(excluded).stream().noneMatch(id -> id.startsWith("n")), "exclusions hold for meaning: " + ids(excluded));
    }
  }

  @Test
  void pagesFollowOneFusedRanking() {
    pagesFollowOneFusedRanking(config);
  }

  @Test
  void pagesPastTheFusedCandidatesFollowTheWordsWithoutRepeats() {
    pagesFollowOneFusedRanking(config.withSemantic(s -> s.candidates(3).neighbours(4)));
  }

  private static void pagesFollowOneFusedRanking(GazetteConfig config) {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive());
      gazette.embedAll(done -> {});
      SearchRequest all = SearchRequest.builder().query("council car").size(30).mode(Mode.HYBRID).build();
      List<String> whole = ids(gazette.search(all));
      List<String> paged = new ArrayList<>();
      SearchResult page = gazette.search(all.toBuilder().size(7).build());
      paged.addAll(ids(page));
      while (page.nextCursor() != null && paged.size() < 30) {
        page = gazette.search(all.toBuilder().size(7).cursor(page.nextCursor()).build());
        paged.addAll(ids(page));
      }
      assertEquals(whole, paged.subList(0, Math.min(30, paged.size())));
      assertEquals(new HashSet<>(paged).size(), paged.size(), "no hit twice");
      List<String> byNumber = ids(gazette.search(all.toBuilder().size(7).page(2).build()));
      assertEquals(whole.subList(7, 14), byNumber);
      SearchResult newest = gazette.search(all.toBuilder().sort(SearchRequest.Sort.NEWEST).build());
      assertEquals(whole.size(), newest.hits().size(), "the same matches, by date");
    }
  }

  @Test
  void unchangedArticlesKeepTheirVectorAndChangedOnesAreEmbeddedAgain() {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive());
      gazette.embedAll(done -> {});
      int embedded = embedder.passagesEmbedded.get();
      gazette.upsertAll(archive());
      gazette.refresh();
      assertEquals(34, gazette.gauges().embedded(), "the same text keeps its vector");
      assertEquals(0, gazette.embedAll(done -> {}));
      assertEquals(embedded, embedder.passagesEmbedded.get());

      gazette.upsert(Articles.article("car1", "Automobile sales fall", "2024-01-11", "Dealers sold fewer units."));
      gazette.refresh();
      assertEquals(33, gazette.gauges().embedded(), "changed text loses its stale vector");
      assertEquals(1, gazette.embedAll(done -> {}));
    }
  }

  @Test
  void aReindexTakesTheVectorsOfUnchangedArticlesFromThePreviousGeneration(@TempDir Path dir) {
    try (DataFolder folder = DataFolder.open(dir, config)) {
      folder.reindex(gazette -> {
        gazette.upsertAll(archive());
        return new IngestReport(34, 0, List.of());
      });
      assertEquals(34L, (long) folder.withLive(gazette -> gazette.embedAll(done -> {})));
      int embedded = embedder.passagesEmbedded.get();
      List<Article> changed = new ArrayList<>(archive());
      changed.set(0, Articles.article("car1", "Automobile sales fall", "2024-01-11", "Dealers sold fewer units."));
      folder.reindex(gazette -> {
        gazette.upsertAll(changed);
        assertEquals(34, gazette.embedAll(done -> {}), "every article gets its vector");
        return new IngestReport(34, 0, List.of());
      });
      assertEquals(embedded + 1, embedder.passagesEmbedded.get(), "only the changed article meets the model");
      assertFalse(folder.withLive(Gazette::stats).embedding().partial(), "the new generation is wholly embedded");
    }
  }

  @Test
  void explainShowsBothPartsAndTheFusion() {
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsertAll(archive());
      gazette.embedAll(done -> {});
      String explained = gazette.explain(SearchRequest.of("automobile"), "car1").orElseThrow();
      assertTrue(explained.contains("convex fusion"), explained);
      assertTrue(explained.contains("meaning: rank"), explained);
      assertTrue(explained.contains("words: rank 1"), explained);
      assertNotNull(gazette.explain(SearchRequest.of("automobile"), "car2").orElseThrow());
    }
  }

  @Test
  void backgroundEmbeddingResumesAfterARestartAndNeverCountsAsAWrite(@TempDir Path dir) throws Exception {
    try (Gazette gazette = Gazette.open(dir, config)) {
      gazette.upsertAll(archive());
      gazette.commit();
    }
    long writes = dev.gazette.index.IndexFiles.writeCount(dir);
    GazetteConfig background = config.withSemantic(s -> s.background(true));
    try (Gazette gazette = Gazette.open(dir, background)) {
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (gazette.stats().embedding().partial() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertFalse(gazette.stats().embedding().partial(), "the background embeds every article");
    }
    assertEquals(writes, dev.gazette.index.IndexFiles.writeCount(dir), "vectors are not writes of articles");
    int embedded = embedder.passagesEmbedded.get();
    try (Gazette gazette = Gazette.open(dir, config)) {
      assertEquals(34, gazette.stats().embedding().embedded(), "the vectors were committed");
      assertEquals(0, gazette.embedAll(done -> {}));
    }
    assertEquals(embedded, embedder.passagesEmbedded.get(), "nothing embedded twice");
  }
}

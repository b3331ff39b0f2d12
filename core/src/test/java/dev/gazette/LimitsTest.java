package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits that keep one search from exhausting the engine. */
class LimitsTest {
  /** Enough matches that counting them with facets takes well over a millisecond. */
  private static final int MANY = 20_000;

  @Test
  void aSearchPastItsTimeBudgetReturnsWhatItFoundFlaggedTimedOut() {
    GazetteConfig config = GazetteConfig.defaults().withOperations(o -> o.searchTimeoutMs(1));
    try (Gazette gazette = Gazette.inMemory(config)) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < MANY; i++) {
        articles.add(Articles.withFacets("t" + i, "Report " + i, "2020-01-0" + (1 + i % 9),
            Map.of("desk", List.of("d" + (i % 50))), "market report number " + i + " on grain and wheat"));
      }
      gazette.upsertAll(articles);
      gazette.refresh();
      SearchResult result = gazette.search(SearchRequest.builder().query("report OR market OR wheat OR grain")
          .operator(SearchRequest.Operator.OR).facets("desk", "published").sort(SearchRequest.Sort.NEWEST).build());
      assertTrue(result.timedOut(), "a 1 ms budget over " + MANY + " matches runs out");
      assertTrue(result.total() < MANY, "counted only what it reached: " + result.total());
    }
  }

  @Test
  void anOrdinarySearchDoesNotTimeOut() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(Articles.archive());
      gazette.refresh();
      assertFalse(gazette.search(SearchRequest.of("wheat")).timedOut());
    }
  }

  @Test
  void aQueryWithTooManyWordsIsRefused() {
    try (Gazette gazette = Gazette.inMemory()) {
      String words = String.join(" ", java.util.Collections.nCopies(65, "wheat"));
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> gazette.search(SearchRequest.of(words)));
      assertEquals("q", e.parameter());
      assertEquals(0, gazette.search(SearchRequest.of(String.join(" ", java.util.Collections.nCopies(64, "wheat")))).total());
    }
  }

  @Test
  void aPrefixMatchesEveryWordItBegins() {
    try (Gazette gazette = Gazette.inMemory()) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        articles.add(Articles.article("p" + i, "Item", "2020-01-01", "word" + i));
      }
      gazette.upsertAll(articles);
      gazette.refresh();
      long found = gazette.search(SearchRequest.of("word*")).total();
      assertEquals(300, found);
    }
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Sort;
import dev.gazette.SearchResult.Bucket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Typo tolerance, did-you-mean, related articles, recency and the timeline. */
class SearchFeaturesTest {
  static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    gazette.upsertAll(Articles.archive());
    gazette.upsert(Articles.article("old", "Wheat harvest report", "2019-03-03", "The wheat harvest was weak, wheat farmers said, as the harvest of winter wheat failed."));
    gazette.upsert(Articles.article("new", "Wheat harvest update", "2024-06-20", "The wheat harvest improved."));
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void aMisspelledQueryIsRetriedWithTyposAllowedAndSaysSo() {
    SearchResult result = gazette.search(SearchRequest.of("harvset"));
    assertTrue(result.typoTolerant());
    assertEquals(List.of("new", "old").stream().sorted().toList(), ids(result).stream().sorted().toList());
    assertTrue(result.hits().get(0).snippets().title().contains("<mark>"), result.hits().get(0).snippets().title());
    assertEquals("harvest", result.didYouMean());
  }

  @Test
  void typoToleranceCanBeTurnedOffAndSparesExactMatches() {
    SearchResult off = gazette.search(SearchRequest.builder().query("harvset").typoTolerance(false).build());
    assertEquals(0, off.total());
    assertFalse(off.typoTolerant());
    assertFalse(gazette.search(SearchRequest.of("harvest")).typoTolerant());
    assertEquals(0, gazette.search(SearchRequest.of("qzxw")).total(), "short words get no typos");
  }

  @Test
  void didYouMeanIsOfferedOnlyWhenTheCorrectionFindsMore() {
    assertEquals("north korea", gazette.search(SearchRequest.of("north koreaa")).didYouMean());
    assertNull(gazette.search(SearchRequest.of("wheat")).didYouMean());
    assertNull(gazette.search(SearchRequest.of("zzzzzzzzzz")).didYouMean());
  }

  @Test
  void aCorrectionReachesAsFarAsTheTypoRetry() {
    assertNull(gazette.search(SearchRequest.of("hravset")).didYouMean(), "two edits from a word of seven letters");
    assertEquals("farmers", gazette.search(SearchRequest.of("framers")).didYouMean(), "one edit, a swap");
    try (Gazette other = Gazette.inMemory()) {
      other.upsert(Articles.article("long", "Agriculture ministry", "2024-06-21", "The agriculture ministry spoke."));
      other.refresh();
      assertEquals("agriculture ministry", other.search(SearchRequest.of("agrkculturx ministry")).didYouMean(),
          "two edits from a word of eleven letters");
    }
  }

  @Test
  void didYouMeanCanBeTurnedOff() {
    SearchRequest request = SearchRequest.builder().query("north koreaa").didYouMean(false).build();
    assertNull(gazette.search(request).didYouMean());
    assertNull(gazette.search(request.toBuilder().build()).didYouMean(), "toBuilder keeps the switch");
  }

  @Test
  void relatedArticlesShareDistinctiveWordsAndExcludeTheArticle() {
    SearchResult related = gazette.related("old", 5).orElseThrow();
    assertEquals("new", related.hits().get(0).id());
    assertFalse(ids(related).contains("old"));
    assertTrue(gazette.related("missing", 5).isEmpty());
  }

  @Test
  void recencyLiftsNewerArticlesWhileRelevanceStaysPure() {
    List<String> relevance = ids(gazette.search(SearchRequest.builder().query("wheat harvest").build()));
    assertEquals("old", relevance.get(0), "pure BM25 prefers the article saying wheat thrice");
    List<String> recent = ids(gazette.search(SearchRequest.builder().query("wheat harvest").sort(Sort.RECENCY).build()));
    assertEquals("new", recent.get(0));
    assertEquals(relevance.stream().sorted().toList(), recent.stream().sorted().toList());
  }

  @Test
  void recencyPagesWithTheCursor() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult page = gazette.search(SearchRequest.builder().query("wheat OR grain").sort(Sort.RECENCY).size(1).cursor(cursor).build());
      seen.addAll(ids(page));
      cursor = page.nextCursor();
    } while (cursor != null);
    assertEquals(gazette.search(SearchRequest.builder().query("wheat OR grain").build()).total(), seen.size());
  }

  @Test
  void timelineCountsByYearMonthOrDayDependingOnTheSpan() {
    SearchResult wide = gazette.search(SearchRequest.builder().timeline(true).build());
    assertEquals("year", wide.timeline().interval());
    assertEquals(List.of(new Bucket("2019", 1), new Bucket("2020", 0), new Bucket("2021", 0), new Bucket("2022", 1),
        new Bucket("2023", 2), new Bucket("2024", 3)), wide.timeline().buckets());

    SearchResult grain = gazette.search(SearchRequest.builder().query("wheat OR grain").filter("published", "2023").timeline(true).build());
    assertEquals("month", grain.timeline().interval());
    assertEquals(10, grain.timeline().buckets().size(), grain.timeline().toString());
    assertEquals(new Bucket("2023-02", 1), grain.timeline().buckets().get(0));
    assertEquals(new Bucket("2023-11", 1), grain.timeline().buckets().get(9));

    SearchResult june = gazette.search(SearchRequest.builder().filter("published", "2024/06").timeline(true).build());
    assertEquals("day", june.timeline().interval());
    assertEquals(List.of(new Bucket("2024-06-19", 1), new Bucket("2024-06-20", 1)), june.timeline().buckets());
    assertNull(gazette.search(SearchRequest.of("wheat")).timeline());
  }

  @Test
  void autocompleteOffersTitlesAndPhrasesWithTheTypedWordsMarkedWhole() {
    List<Suggestion> suggestions = gazette.suggest("wheat harv", 5, "<b>", "</b>");
    assertTrue(suggestions.stream().anyMatch(s -> s.kind() == Suggestion.Kind.TITLE && s.text().equals("Wheat harvest update")
        && s.highlighted().startsWith("<b>Wheat harvest</b> ")), suggestions.toString());
    assertTrue(gazette.suggest("", 5, null, null).isEmpty());
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Sort;
import dev.gazette.SearchResult.FacetValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteSearchTest {
  static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    gazette.upsertAll(Articles.archive());
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  static List<String> search(String query) {
    return ids(gazette.search(SearchRequest.builder().query(query).size(100).build()));
  }

  @Test
  void wordsMustAllMatchAndTitleMatchesRankFirst() {
    List<String> hits = search("north korea");
    assertEquals(List.of("a1", "a2"), hits);
  }

  @Test
  void stemmingMatchesOtherFormsOfAWord() {
    assertEquals(List.of("a4", "a3"), search("export").stream().sorted().toList().reversed());
  }

  @Test
  void exclusionsRemoveMatches() {
    assertEquals(List.of("a3"), search("wheat -russia"));
    assertEquals(List.of("a3"), search("wheat NOT russia"));
  }

  @Test
  void orJoinsAlternatives() {
    assertEquals(List.of("a3", "a5").stream().sorted().toList(), search("ukraine OR markets").stream().sorted().toList());
  }

  @Test
  void quotedPhrasesMatchExactWordsInOrder() {
    assertEquals(List.of("a2"), search("\"north korea question\""));
    assertEquals(List.of(), search("\"korea north\""));
  }

  @Test
  void fieldRestrictsToOneField() {
    assertEquals(List.of("a3"), search("title:ukraine"));
    assertEquals(List.of("a1", "a4").stream().sorted().toList(), search("title:russia").stream().sorted().toList());
    assertEquals(List.of("a5"), search("topics:markets"));
    assertEquals(List.of("a2"), search("id:a2"));
  }

  @Test
  void prefixesExpand() {
    assertEquals(List.of("a3", "a4").stream().sorted().toList(), search("whe*").stream().sorted().toList());
  }

  @Test
  void malformedQueriesAreSearchedAsWordsNeverThrown() {
    for (String query : List.of("\"north korea", "AND OR", "*", "-", "--", "OR north", "north OR", "()", ")(",
        "title:", ":", "\"\"", "-\"", "north AND AND korea", "a*", "**wheat", "wheat**", "?", "\u0000", "NOT",
        "title:\"unclosed", "+", "+north +korea")) {
      SearchResult result = gazette.search(SearchRequest.of(query));
      assertNotNull(result, query);
    }
    assertEquals(List.of("a1", "a2"), search("\"north korea"));
    assertEquals(List.of("a1", "a2"), search("north AND AND korea"));
    assertEquals(5, search("*").size());
  }

  @Test
  void stopWordsAloneStillFindArticles() {
    assertEquals(List.of("a1", "a2", "a4"), search("the").stream().sorted().toList());
  }

  @Test
  void blankQueryMatchesEverything() {
    assertEquals(5, gazette.search(SearchRequest.of("")).total());
  }

  @Test
  void facetFiltersAndCounts() {
    SearchResult result = gazette.search(SearchRequest.builder().query("wheat OR grain OR korea")
        .facets("topics", "published").filter("topics", "grain").build());
    assertEquals(List.of("a3", "a4"), ids(result).stream().sorted().toList());
    Map<String, Long> topics = counts(result.facets().get("topics"));
    // Drill-sideways: the topics counts ignore the topics filter itself.
    assertEquals(Map.of("grain", 2L, "diplomacy", 2L), topics);
    List<FacetValue> years = result.facets().get("published");
    assertEquals(List.of("2023"), years.stream().map(FacetValue::value).toList());
    assertEquals(List.of("2023/02", "2023/11"), years.get(0).children().stream().map(FacetValue::value).toList());
  }

  @Test
  void filtersOfOneDimensionAreOredAndOfTwoAnded() {
    SearchRequest.Builder request = SearchRequest.builder().filter("topics", "grain").filter("topics", "diplomacy");
    assertEquals(5, gazette.search(request.build()).total());
    assertEquals(2, gazette.search(request.filter("published", "2023").build()).total());
    assertEquals(1, gazette.search(SearchRequest.builder().filter("published", "2023/11").build()).total());
  }

  @Test
  void dateRangeFilters() {
    SearchResult result = gazette.search(SearchRequest.builder()
        .from(Instant.parse("2023-01-01T00:00:00Z")).to(Instant.parse("2023-12-31T23:59:59Z")).build());
    assertEquals(List.of("a3", "a4"), ids(result).stream().sorted().toList());
  }

  @Test
  void dateBoundsReadAsTextCoverWholeDaysAndRefuseWhatIsNotADate() {
    assertEquals(List.of("a3"), ids(gazette.search(SearchRequest.builder().from("2023-11-15").to("2023-11-15").build())));
    assertEquals(List.of("a3"), ids(gazette.search(SearchRequest.builder().from("2023-11-15T12:00").to("2023-12-31").build())));
    assertEquals(List.of(), ids(gazette.search(SearchRequest.builder().from("2023-11-15T12:00:01+00:00")
        .to("2023-11-15").build())));
    InvalidRequestException refused = assertThrows(InvalidRequestException.class,
        () -> SearchRequest.builder().to("yesterday"));
    assertEquals("to", refused.parameter());
    assertEquals("to must be a date like 2024-06-19 or a date-time like 2024-06-19T11:03:00Z, not 'yesterday'",
        refused.getMessage());
    InvalidRequestException farOff = assertThrows(InvalidRequestException.class,
        () -> SearchRequest.builder().from("-999999999-01-01"));
    assertEquals("from must fall in the years 0000 to 9999, not '-999999999-01-01'", farOff.getMessage());
    assertEquals("to must fall in the years 0000 to 9999, not '+999999999-12-31'", assertThrows(
        InvalidRequestException.class, () -> SearchRequest.builder().to("+999999999-12-31")).getMessage());
    assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), ids(gazette.search(SearchRequest.builder().from("0000-01-01")
        .to("9999-12-31").sort(Sort.NEWEST).build())));
  }

  @Test
  void sortsByDate() {
    assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), ids(gazette.search(SearchRequest.builder().sort(Sort.NEWEST).build())));
    assertEquals(List.of("a5", "a4", "a3", "a2", "a1"), ids(gazette.search(SearchRequest.builder().sort(Sort.OLDEST).build())));
  }

  @Test
  void pagesAndCursorsWalkEveryHitOnce() {
    for (Sort sort : Sort.values()) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      do {
        SearchResult page = gazette.search(SearchRequest.builder().sort(sort).size(2).cursor(cursor).build());
        seen.addAll(ids(page));
        cursor = page.nextCursor();
      } while (cursor != null);
      assertEquals(5, seen.size(), sort.name());
      assertEquals(5, seen.stream().distinct().count(), sort.name());
      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        paged.addAll(ids(gazette.search(SearchRequest.builder().sort(sort).size(2).page(page).build())));
      }
      assertEquals(seen, paged, sort.name());
    }
    assertNull(gazette.search(SearchRequest.builder().size(5).build()).nextCursor());
  }

  @Test
  void badCursorsAndParametersAreRefusedClearly() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> gazette.search(SearchRequest.builder().cursor("not-a-cursor").build()));
    assertEquals("cursor", e.parameter());
    String relevanceCursor = gazette.search(SearchRequest.builder().size(1).build()).nextCursor();
    assertThrows(InvalidRequestException.class,
        () -> gazette.search(SearchRequest.builder().sort(Sort.NEWEST).cursor(relevanceCursor).build()));
    assertEquals("size", assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().size(101).build()).parameter());
    assertEquals("size", assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().size(0).build()).parameter());
    assertEquals("page", assertThrows(InvalidRequestException.class, () -> SearchRequest.builder().page(101).size(100).build()).parameter());
    assertEquals("q", assertThrows(InvalidRequestException.class, () -> SearchRequest.of("x".repeat(2001))).parameter());
    assertEquals("facets", assertThrows(InvalidRequestException.class,
        () -> gazette.search(SearchRequest.builder().facets("nope").build())).parameter());
  }

  @Test
  void highlightsEscapeArticleTextAndMarkMatches() {
    SearchResult result = gazette.search(SearchRequest.of("markets"));
    SearchResult.Snippets snippets = result.hits().get(0).snippets();
    assertEquals("<mark>Markets</mark> calm", snippets.title());
    String body = String.join(" ", snippets.body());
    assertTrue(body.contains("&lt;script&gt;"), body);
    assertFalse(body.contains("<script>"), body);
    assertTrue(body.contains("&amp; friends"), body);
  }

  @Test
  void phrasesAreHighlightedAsOneUnit() {
    SearchResult result = gazette.search(SearchRequest.of("\"north korea question\""));
    String body = String.join(" ", result.hits().get(0).snippets().body());
    assertTrue(body.contains("<mark>north korea question</mark>"), body);
  }

  @Test
  void customTagsAndNoHighlight() {
    SearchResult tagged = gazette.search(SearchRequest.builder().query("wheat").tags("[", "]").build());
    assertTrue(tagged.hits().get(0).snippets().body().get(0).contains("[wheat]"));
    assertNull(gazette.search(SearchRequest.builder().query("wheat").highlight(false).build()).hits().get(0).snippets());
  }

  @Test
  void explainSaysWhyAHitScores() {
    assertTrue(gazette.explain(SearchRequest.of("wheat"), "a3").orElseThrow().contains("weight("));
    assertTrue(gazette.explain(SearchRequest.of("wheat"), "a1").isEmpty());
  }

  @Test
  void facetValueSearchIsCaseInsensitive() {
    assertEquals(List.of("grain"), gazette.facetValues("topics", "GR", 10).stream().map(FacetValue::value).toList());
    assertThrows(InvalidRequestException.class, () -> gazette.facetValues("nope", "", 10));
  }

  static Map<String, Long> counts(List<FacetValue> values) {
    return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }
}

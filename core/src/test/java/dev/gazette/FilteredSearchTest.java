package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchResult.FacetValue;
import dev.gazette.SearchResult.Hit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Searches with filter expressions on the embedded engine: what they keep, how facets count, and fields on hits. */
class FilteredSearchTest {
  private static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    gazette.upsertAll(List.of(
        Articles.withFacets("g1", "Grain one", "1987-03-01", Map.of("topics", List.of("grain"), "places", List.of("usa")), "Harvest news."),
        Articles.withFacets("g2", "Grain two", "1987-03-02", Map.of("topics", List.of("grain", "wheat"), "places", List.of("ussr")), "Harvest news."),
        Articles.withFacets("w1", "Wheat one", "1987-03-03", Map.of("topics", List.of("wheat"), "places", List.of("canada")), "Harvest news."),
        Articles.withFacets("o1", "Oil one", "1987-03-04", Map.of("topics", List.of("crude"), "places", List.of("usa"), "orgs", List.of("opec")), "Harvest news."),
        new Article("u1", "With url", java.time.Instant.parse("1987-03-05T00:00:00Z"), List.of(), List.of("First part.", "Second part."),
            "Reuters", "https://example.test/u1", "Ann", "Markets", List.of("t1", "t2"), "en", Map.of("topics", List.of("money-fx")))));
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  private static SearchResult search(String... filters) {
    SearchRequest.Builder request = SearchRequest.builder().size(100).sort(SearchRequest.Sort.OLDEST).facets("topics", "places");
    for (String filter : filters) {
      request.filter(Filter.parse(filter));
    }
    return gazette.search(request.build());
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }

  private static Map<String, Long> counts(SearchResult result, String dim) {
    return result.facets().get(dim).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void orWithinADimensionNotAndOrAcrossDimensions() {
    assertEquals(List.of("g1", "g2", "w1"), ids(search("topics:grain OR topics:wheat")));
    assertEquals(List.of("g2", "w1", "u1"), ids(search("-places:usa")));
    assertEquals(List.of("g2", "w1", "u1"), ids(search("NOT places:usa")));
    assertEquals(List.of("w1", "o1"), ids(search("topics:wheat AND NOT topics:grain OR orgs:opec")));
    assertEquals(List.of("g2"), ids(search("topics:grain AND topics:wheat")));
    assertEquals(List.of("g2"), ids(search("(topics:grain OR topics:crude) AND NOT places:usa")));
  }

  @Test
  void separateFiltersOnOneDimensionAreAlternativesAndLeaveThatDimensionsCountsAlone() {
    SearchResult result = search("topics:grain", "topics:wheat", "places:usa");
    assertEquals(List.of("g1"), ids(result));
    // topics counts ignore the topics selection but keep places:usa; places counts ignore places:usa.
    assertEquals(Map.of("grain", 1L, "crude", 1L), counts(result, "topics"));
    assertEquals(Map.of("usa", 1L, "ussr", 1L, "canada", 1L), counts(result, "places"));
  }

  @Test
  void negatedAndCrossDimensionFiltersNarrowEveryCount() {
    SearchResult result = search("-places:usa");
    assertEquals(Map.of("grain", 1L, "wheat", 2L, "money-fx", 1L), counts(result, "topics"));
    assertEquals(Map.of("ussr", 1L, "canada", 1L), counts(result, "places"), "a NOT filter narrows its own dimension too");
    SearchResult across = search("topics:wheat OR places:usa");
    assertEquals(List.of("g1", "g2", "w1", "o1"), ids(across));
    assertEquals(Map.of("usa", 2L, "ussr", 1L, "canada", 1L), counts(across, "places"));
  }

  @Test
  void unknownDimensionsInAnyPartOfAFilterAreRefused() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> search("topics:grain OR nope:x"));
    assertEquals("filter", e.parameter());
  }

  @Test
  void hitsCarryTheNamedFieldsAsListsAndScoresAreNullOnDateSorts() {
    SearchResult result = gazette.search(SearchRequest.builder().query("part").sort(SearchRequest.Sort.NEWEST)
        .fields("topics", "url", "body", "tags", "section", "places").build());
    Hit hit = result.hits().getFirst();
    assertEquals("u1", hit.id());
    assertNull(hit.score());
    assertEquals(List.of("topics", "url", "body", "tags", "section", "places"), List.copyOf(hit.fields().keySet()));
    assertEquals(List.of("money-fx"), hit.fields().get("topics"));
    assertEquals(List.of("https://example.test/u1"), hit.fields().get("url"));
    assertEquals(List.of("First part.", "Second part."), hit.fields().get("body"));
    assertEquals(List.of("t1", "t2"), hit.fields().get("tags"));
    assertEquals(List.of("Markets"), hit.fields().get("section"));
    assertEquals(List.of(), hit.fields().get("places"), "a field the article lacks is an empty list");
    Hit ranked = gazette.search(SearchRequest.of("part")).hits().getFirst();
    assertTrue(ranked.score() > 0);
    assertEquals(Map.of(), ranked.fields(), "no fields unless named");
  }

  @Test
  void unknownFieldsAreRefusedNamingTheFieldsParameter() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> gazette.search(SearchRequest.builder().fields("nope").build()));
    assertEquals("fields", e.parameter());
    assertTrue(e.getMessage().contains("topics") && e.getMessage().contains("body"), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> gazette.search(SearchRequest.builder().fields("published").build()));
  }
}

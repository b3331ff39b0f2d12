package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.SearchResult.FacetValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person named by surname alone in some articles and in full in others is one facet value across the index. */
class PersonAliasesTest {
  private static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      articles.add(Articles.article("r" + i, "Berlin " + i, "1987-04-01", "Ronald Reagan said the wall must go."));
    }
    gazette.upsertAll(articles);
    gazette.upsertAll(List.of(
        Articles.article("a1", "Budget talks", "1987-03-01", "President Reagan said the budget would pass."),
        Articles.article("a2", "Trade bill", "1987-03-02", "President Reagan said he would veto it."),
        Articles.article("a3", "Speech", "1987-03-03", "Ronald Reagan spoke in Berlin. Reagan said more."),
        Articles.article("a4", "Dollar", "1987-03-04", "Treasury Secretary James Baker said the dollar fell."),
        Articles.article("a5", "Senate", "1987-03-05", "Senator Howard Baker said the vote was close."),
        Articles.article("a6", "Markets", "1987-03-06", "Treasury Secretary Baker said nothing."),
        Articles.article("a7", "Visit", "1987-03-07", "Nancy Reagan visited a school.")));
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  private static Map<String, Long> people(SearchRequest.Builder request) {
    Map<String, Long> counts = new LinkedHashMap<>();
    gazette.search(request.facets("person").build()).facets().get("person")
        .forEach(value -> counts.put(value.value(), value.count()));
    return counts;
  }

  @Test
  void aSurnameCountsUnderTheFullNameThatDominatesItsFullNameArticles() {
    assertEquals(Map.of("Ronald Reagan", 11L, "Nancy Reagan", 1L, "James Baker", 1L, "Howard Baker", 1L, "Baker", 1L),
        people(SearchRequest.builder()));
    assertEquals(List.of("Ronald Reagan", "Baker", "Howard Baker", "James Baker", "Nancy Reagan"),
        List.copyOf(people(SearchRequest.builder()).keySet()), "most frequent first, then by name");
  }

  @Test
  void aFilterOnEitherFormFindsTheArticlesOfBoth() {
    assertEquals(11, gazette.search(SearchRequest.builder().filter("person", "Ronald Reagan").build()).total());
    assertEquals(11, gazette.search(SearchRequest.builder().filter("person", "Reagan").build()).total());
    assertEquals(4, gazette.search(SearchRequest.builder().filter(Filter.parse("NOT person:Reagan")).build()).total());
  }

  @Test
  void anAmbiguousSurnameStaysAsItIs() {
    assertEquals(1, gazette.search(SearchRequest.builder().filter("person", "Baker").build()).total());
    assertEquals(1L, people(SearchRequest.builder().filter("person", "Baker")).get("Baker"));
  }

  @Test
  void facetValuesByPrefixJoinTheFormsToo() {
    assertEquals(List.of(new FacetValue("Ronald Reagan", 11, List.of())), gazette.facetValues("person", "rea", 10));
    assertEquals(List.of(new FacetValue("Ronald Reagan", 11, List.of())), gazette.facetValues("person", "ron", 10));
    assertEquals(List.of(new FacetValue("Nancy Reagan", 1, List.of())), gazette.facetValues("person", "nan", 10));
  }
}

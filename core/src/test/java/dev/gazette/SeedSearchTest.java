package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchResult.FacetValue;
import dev.gazette.SearchResult.Hit;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled seed article, end to end through the public API. */
class SeedSearchTest {
  static final Path SEEDS = TestData.repository().resolve("seeds");

  @Test
  void searchingNorthKoreaFindsTheSeedHighlightedWithItsCountries() {
    try (Gazette gazette = Gazette.inMemory()) {
      IngestReport report = gazette.load(ArticleReader.of(SEEDS));
      assertEquals(1, report.accepted());
      assertTrue(report.clean());
      gazette.refresh();

      SearchResult result = gazette.search(SearchRequest.builder().query("north korea").facets("country").build());
      assertEquals(1, result.total());
      Hit hit = result.hits().get(0);
      assertEquals("0388dada9763fdad", hit.id());
      assertEquals(List.of("Bound by shared disdain,", "Russia, North Korea,", "Forge ties, wary world."), hit.haiku());
      assertEquals("Russia and <mark>North Korea</mark> Forge Stronger Strategic Partnership Amid Rising Global Tensions",
          hit.snippets().title());
      assertTrue(hit.snippets().body().size() >= 1 && hit.snippets().body().size() <= 3);
      hit.snippets().body().forEach(passage -> {
        assertTrue(passage.contains("<mark>North Korea"), passage);
        assertTrue(passage.length() < 400, passage);
      });
      Set<String> countries = result.facets().get("country").stream().map(FacetValue::value).collect(Collectors.toSet());
      assertEquals(Set.of("Russia", "North Korea", "Ukraine", "United States", "China", "Iran"), countries);
    }
  }

  @Test
  void peopleMentionedBecomeAFacet() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.load(ArticleReader.of(SEEDS));
      gazette.refresh();
      SearchResult result = gazette.search(SearchRequest.builder().facets("person").build());
      Set<String> people = result.facets().get("person").stream().map(FacetValue::value).collect(Collectors.toSet());
      assertTrue(people.containsAll(Set.of("Kim Jong Un", "Vladimir Putin")), people.toString());
      assertEquals(1, gazette.search(SearchRequest.builder().filter("person", "Vladimir Putin").build()).total());
    }
  }

  @Test
  void theSeedIsFacetedByPublicationDate() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.load(ArticleReader.of(SEEDS));
      gazette.refresh();
      SearchResult result = gazette.search(SearchRequest.builder().facets("published").filter("published", "2024/06/19").build());
      assertEquals(1, result.total());
      FacetValue year = result.facets().get("published").get(0);
      assertEquals(new FacetValue("2024", 1, List.of(new FacetValue("2024/06", 1, List.of()))), year);
    }
  }
}

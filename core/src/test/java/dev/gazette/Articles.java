package dev.gazette;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small articles for tests. */
final class Articles {
  private Articles() {}

  static Article article(String id, String title, String date, String... body) {
    return Article.of(id, title, Instant.parse(date + "T12:00:00Z"), List.of(body));
  }

  static Article withFacets(String id, String title, String date, Map<String, List<String>> facets, String body) {
    return new Article(id, title, Instant.parse(date + "T12:00:00Z"), List.of(), List.of(body), "", null, null, null,
        List.of(), null, facets);
  }

  /** A little archive: three countries, two years, one topic facet. */
  static List<Article> archive() {
    return List.of(
        withFacets("a1", "Russia and North Korea sign a pact", "2024-06-19",
            Map.of("topics", List.of("diplomacy")),
            "Leaders of Russia and North Korea met in the Far East to sign a strategic pact."),
        withFacets("a2", "Korea talks stall", "2024-05-02", Map.of("topics", List.of("diplomacy")),
            "Talks between North and South stalled; the north korea question remains open."),
        withFacets("a3", "Wheat prices rise in Ukraine", "2023-11-15", Map.of("topics", List.of("grain")),
            "Ukraine exported less wheat as prices rose across Europe."),
        withFacets("a4", "Grain exports from Russia", "2023-02-01", Map.of("topics", List.of("grain")),
            "Russia shipped record grain volumes; wheat dominated the exports."),
        withFacets("a5", "Markets calm", "2022-07-07", Map.of("topics", List.of("markets", "grain")),
            "Markets were calm. <script>alert('x')</script> & friends said so."));
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Sort;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pseudo-relevance feedback (RM3): a relevance-sorted query is expanded with the words of its best
 * articles, which reorders its matches without adding any or changing what is highlighted.
 */
class FeedbackSearchTest {
  /** Five articles on an eruption, a bar named after a volcano, and one on the eruption that never says volcano. */
  private static final List<Article> VOLCANO = List.of(
      Articles.article("bar", "Nightlife", "2024-01-02",
          "The Volcano bar opened downtown with a cocktail menu."),
      Articles.article("erupts", "Volcano erupts", "2024-01-03",
          "The volcano sent lava and ash over the valley as magma rose for days."),
      Articles.article("flows", "Lava flows reach the town", "2024-01-04",
          "Lava and ash from the volcano buried roads while magma refilled the chambers."),
      Articles.article("crater", "Crater glows", "2024-01-04",
          "The volcano crater glowed with lava; ash and magma kept pilots away."),
      Articles.article("plume", "Flights grounded", "2024-01-05",
          "Ash from the volcano plume grounded flights; lava and magma followed."),
      Articles.article("quake", "Quakes shake the island", "2024-01-05",
          "Quakes shook the volcano as magma, lava and ash surged."),
      Articles.article("geology", "Magma under the ridge", "2024-01-06",
          "Lava and ash samples show magma moving under the ridge."));

  @Test
  void feedbackReordersTheMatchesTowardsTheQuerysTopic() {
    try (Gazette plain = engine(GazetteConfig.defaults().withFeedback(0, 10, 0.5f));
        Gazette expanded = engine(GazetteConfig.defaults().withFeedback(6, 10, 0.5f))) {
      List<String> before = ids(plain.search(SearchRequest.of("volcano")));
      List<String> after = ids(expanded.search(SearchRequest.of("volcano")));

      assertTrue(before.indexOf("bar") < before.indexOf("crater"), before.toString());
      assertTrue(before.indexOf("bar") < before.indexOf("flows"), before.toString());
      assertTrue(after.indexOf("crater") < after.indexOf("bar"), after.toString());
      assertTrue(after.indexOf("flows") < after.indexOf("bar"), after.toString());
      assertEquals(before.stream().sorted().toList(), after.stream().sorted().toList(), "the same articles match");
      assertFalse(after.contains("geology"), "feedback adds no article without the query's words");
    }
  }

  @Test
  void onlyTheUsersWordsAreHighlighted() {
    try (Gazette expanded = engine(GazetteConfig.defaults().withFeedback(6, 10, 0.5f))) {
      SearchResult result = expanded.search(SearchRequest.of("volcano"));
      SearchResult.Hit crater = result.hits().stream().filter(hit -> hit.id().equals("crater")).findFirst().orElseThrow();
      String body = String.join(" ", crater.snippets().body());
      assertTrue(body.contains("<mark>volcano</mark>"), body);
      assertFalse(body.contains("<mark>lava</mark>") || body.contains("<mark>magma</mark>"), body);
    }
  }

  @Test
  void explainShowsTheExpandedScore() {
    try (Gazette expanded = engine(GazetteConfig.defaults().withFeedback(6, 10, 0.5f))) {
      SearchResult.Hit crater = expanded.search(SearchRequest.of("volcano")).hits().stream()
          .filter(hit -> hit.id().equals("crater")).findFirst().orElseThrow();
      String explanation = expanded.explain(SearchRequest.of("volcano"), "crater").orElseThrow();
      assertEquals(crater.score(), Float.parseFloat(explanation.substring(0, explanation.indexOf(' '))), 1e-5f, explanation);
      assertTrue(explanation.contains("body:lava"), explanation);
    }
  }

  @Test
  void aRequestCanTurnFeedbackOff() {
    try (Gazette plain = engine(GazetteConfig.defaults().withFeedback(0, 10, 0.5f));
        Gazette expanded = engine(GazetteConfig.defaults().withFeedback(6, 10, 0.5f))) {
      SearchRequest withoutFeedback = SearchRequest.builder().query("volcano").feedback(false).build();
      assertEquals(ids(plain.search(withoutFeedback)), ids(expanded.search(withoutFeedback)));
      assertNotEquals(ids(expanded.search(withoutFeedback)), ids(expanded.search(SearchRequest.of("volcano"))));
    }
  }

  @Test
  void otherSortsAreNotExpanded() {
    try (Gazette plain = engine(GazetteConfig.defaults().withFeedback(0, 10, 0.5f));
        Gazette expanded = engine(GazetteConfig.defaults().withFeedback(6, 10, 0.5f))) {
      SearchRequest byRecency = SearchRequest.builder().query("volcano").sort(Sort.RECENCY).build();
      assertEquals(ids(plain.search(byRecency)), ids(expanded.search(byRecency)));
    }
  }

  @Test
  void feedbackSettingsAreChecked() {
    GazetteConfig defaults = GazetteConfig.defaults();
    assertThrows(IllegalArgumentException.class, () -> defaults.withFeedback(-1, 10, 0.5f));
    assertThrows(IllegalArgumentException.class, () -> defaults.withFeedback(10, 0, 0.5f));
    assertThrows(IllegalArgumentException.class, () -> defaults.withFeedback(10, 10, 1.5f));
    assertThrows(IllegalArgumentException.class, () -> defaults.withFeedback(GazetteConfig.Ranking.MAX_FEEDBACK + 1, 10, 0.5f));
  }

  /** The volcano articles among sixty on other matters, so that their words are rare enough to add. */
  private static Gazette engine(GazetteConfig config) {
    Gazette gazette = Gazette.inMemory(config);
    List<Article> articles = new ArrayList<>(VOLCANO);
    for (int n = 1; n <= 60; n++) {
      articles.add(Articles.article("filler-" + n, "Market report " + n, "2023-12-01",
          "Traders in market " + n + " watched prices, rates and the weather."));
    }
    gazette.upsertAll(articles);
    gazette.refresh();
    return gazette;
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}

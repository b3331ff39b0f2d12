package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search as you type ({@code prefixLast}): the unfinished last word also matches the words it
 * begins, ranked below the word itself, on a small archive and on Reuters-21578; it leaves a query
 * alone that ends in a space, a quote, a phrase, an operator, an exclusion, a field or a prefix.
 */
class PrefixLastTest {

  @Test
  void oilPriFindsOilPriceArticlesOnReuters() {
    Gazette reuters = SharedReuters.gazette();
    assertTrue(reuters.search(typed("oil pri", false)).total() < 5, "the literal word pri is rare");
    SearchResult typed = reuters.search(typed("oil pri", true));
    long aboutPrices = typed.hits().stream()
        .filter(hit -> SharedReuters.words(reuters.get(hit.id()).orElseThrow()).contains(" pric")).count();
    assertTrue(aboutPrices >= 6, aboutPrices + " of the top 10 mention prices: " + titles(typed));
    assertEveryArticleOfThePhraseIsFound(reuters, "\"oil prices\"", typed("oil pri", true));
  }

  @Test
  void bankOfJaFindsBankOfJapanArticlesOnReuters() {
    Gazette reuters = SharedReuters.gazette();
    assertEquals(0, reuters.search(typed("bank of ja", false).toBuilder().typoTolerance(false).build()).total());
    SearchResult typed = reuters.search(typed("bank of ja", true));
    long japan = typed.hits().stream()
        .filter(hit -> SharedReuters.words(reuters.get(hit.id()).orElseThrow()).contains("japan")).count();
    assertTrue(japan >= 8, japan + " of the top 10 mention Japan: " + titles(typed));
    assertEveryArticleOfThePhraseIsFound(reuters, "\"bank of japan\"", typed("bank of ja", true));
  }

  /** Each of the best 100 articles holding {@code phrase} matches {@code typed} too. */
  private static void assertEveryArticleOfThePhraseIsFound(Gazette gazette, String phrase, SearchRequest typed) {
    SearchResult holding = gazette.search(SearchRequest.builder().query(phrase).size(100).highlight(false).build());
    assertTrue(holding.total() > 20, phrase + ": " + holding.total());
    assertTrue(gazette.search(typed).total() >= holding.total());
    for (SearchResult.Hit hit : holding.hits()) {
      assertTrue(gazette.explain(typed, hit.id()).isPresent(), hit.id() + " holds " + phrase + " but is not found");
    }
  }

  @Test
  void theWholeWordRanksAboveWordsItBegins() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(List.of(
          Articles.article("prices", "Oil prices rise", "2024-01-01", "Crude oil prices rose for a third day."),
          Articles.article("pri", "Oil deal for PRI", "2024-01-02", "Pacific Resources, or PRI, bought oil fields."),
          Articles.article("priority", "Oil is a priority", "2024-01-03", "The minister called oil a priority."),
          Articles.article("gas", "Gas prices fall", "2024-01-04", "Gas prices fell.")));
      gazette.refresh();
      SearchResult typed = gazette.search(typed("oil pri", true));
      assertEquals(3, typed.total());
      assertEquals("pri", typed.hits().get(0).id());
      assertTrue(typed.hits().stream().anyMatch(hit -> hit.snippets().title().contains("prices</mark>")),
          typed.hits().stream().map(hit -> hit.snippets().title()).toList().toString());
      assertEquals(List.of("pri"), ids(gazette.search(typed("oil pri", false))));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"oil pri ", "oil \"pri\"", "oil \"crude pri\"", "oil pri*", "oil -pri", "oil NOT pri",
      "oil OR", "oil AND", "title:pri", "oil p"})
  void aQueryWhoseLastWordIsNotBeingTypedIsLeftAlone(String query) {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(List.of(
          Articles.article("prices", "Oil prices rise", "2024-01-01", "Crude oil prices rose, crude pri."),
          Articles.article("pri", "Oil deal for PRI", "2024-01-02", "Pacific Resources, or PRI, bought oil fields."),
          Articles.article("p", "Oil p", "2024-01-03", "Oil and p.")));
      gazette.refresh();
      SearchResult plain = gazette.search(typed(query, false));
      SearchResult typed = gazette.search(typed(query, true));
      assertEquals(ids(plain), ids(typed), query);
    }
  }

  @Test
  void theMatchesOfTheTypedWordAreHighlighted() {
    Gazette reuters = SharedReuters.gazette();
    SearchResult typed = reuters.search(typed("crude oil pri", true));
    String first = typed.hits().get(0).snippets().title() + " " + String.join(" ", typed.hits().get(0).snippets().body());
    assertTrue(first.toLowerCase(Locale.ROOT).contains("<mark>pri"), first);
  }

  private static SearchRequest typed(String query, boolean prefixLast) {
    return SearchRequest.builder().query(query).prefixLast(prefixLast).feedback(false).build();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private static String titles(SearchResult result) {
    return String.join(" | ", result.hits().stream().map(SearchResult.Hit::title).toList());
  }
}

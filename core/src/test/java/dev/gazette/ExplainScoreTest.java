package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Sort;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code explain} reproduces the score of the hit it explains: on Reuters-21578 with the default
 * configuration (pseudo-relevance feedback on), for plain words, phrases, prefixes typed as you go,
 * filtered queries (a person's surname widened to the full name) and queries only typo tolerance
 * answers, sorted by relevance and by recency, the
 * explanation's value of each hit on the first page is the score the search gave it.
 */
class ExplainScoreTest {
  static Stream<Arguments> requests() {
    List<SearchRequest.Builder> asked = List.of(
        SearchRequest.builder().query("oil prices"),
        SearchRequest.builder().query("north korea"),
        SearchRequest.builder().query("\"crude oil\" opec"),
        SearchRequest.builder().query("wheat exports").filter(Filter.parse("places:usa")).facets("places"),
        SearchRequest.builder().query("budget deficit").filter("person", "Reagan"),
        SearchRequest.builder().query("coffee quotas").from(java.time.Instant.parse("1987-03-01T00:00:00Z")),
        SearchRequest.builder().query("oil pri").prefixLast(true),
        SearchRequest.builder().query("sanct*"),
        SearchRequest.builder().query("whaet exprots"));
    return asked.stream().flatMap(builder -> Stream.of(Sort.RELEVANCE, Sort.RECENCY)
        .map(sort -> Arguments.of(builder.sort(sort).build())));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void theExplanationAddsUpToTheHitsScore(SearchRequest request) {
    Gazette gazette = SharedReuters.gazette();
    SearchResult result = gazette.search(request);
    assertFalse(result.hits().isEmpty(), request.query());
    for (SearchResult.Hit hit : result.hits()) {
      String explanation = gazette.explain(request, hit.id()).orElseThrow(
          () -> new AssertionError(hit.id() + " was found by " + request.query() + " but explain says it does not match"));
      float explained = Float.parseFloat(explanation.substring(0, explanation.indexOf(' ')));
      assertEquals(hit.score(), explained, Math.ulp(hit.score()) * 8,
          request.query() + " / " + request.sort() + " / " + hit.id() + ":\n" + explanation);
    }
  }
}

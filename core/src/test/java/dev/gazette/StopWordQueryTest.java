package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A query of stop words only ({@code the who}, {@code AND OR}) is searched as that phrase in the
 * unstemmed fields, on Reuters-21578 and on a small archive: it never returns every article.
 */
class StopWordQueryTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"the who|the who", "The Who|the who", "AND OR|and or", "and or|and or",
      "or not|or not"})
  void aStopWordQueryFindsThePhraseOnReuters(String query, String phrase) {
    Gazette reuters = SharedReuters.gazette();
    for (SearchRequest.Operator operator : SearchRequest.Operator.values()) {
      SearchResult result = reuters.search(SearchRequest.builder().query(query).operator(operator).size(100).build());
      assertTrue(result.total() > 0 && result.total() < SharedReuters.ARTICLES / 4, query + " " + operator + ": " + result.total());
      for (SearchResult.Hit hit : result.hits()) {
        String words = " " + SharedReuters.words(reuters.get(hit.id()).orElseThrow()) + " ";
        assertTrue(words.contains(" " + phrase + " "), hit.id() + " lacks '" + phrase + "'");
      }
    }
  }

  @Test
  void theWhoFindsTheBandNotEveryArticleOnASmallArchive() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(List.of(
          Articles.article("band", "The Who tour again", "2024-01-01", "The Who announced a tour."),
          Articles.article("who", "Who pays?", "2024-01-02", "Nobody knows who pays for the roads."),
          Articles.article("other", "Markets calm", "2024-01-03", "Markets were calm on the day.")));
      gazette.refresh();
      assertEquals(List.of("band"), ids(gazette.search(SearchRequest.of("The Who"))));
      assertEquals(List.of("band"), ids(gazette.search(SearchRequest.of("the who -roads"))));
      assertEquals(0, gazette.search(SearchRequest.of("AND OR")).total());
      assertEquals(2, gazette.search(SearchRequest.of("who pays OR tour")).total());
    }
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}

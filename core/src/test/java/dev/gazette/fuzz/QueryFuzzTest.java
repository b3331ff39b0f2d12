package dev.gazette.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the user query parser through {@link Gazette#search} on a small in-memory index: any query
 * text, with either operator and typo tolerance on or off, gives a result or an {@link
 * InvalidRequestException}; any other exception fails the test (Jazzer reports it with the input).
 */
class QueryFuzzTest {
  private static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    gazette.upsert(ArticleReader.parseJson("""
        {"id": "a1", "title": "North Korea and Russia sign a pact", "body": "Pyongyang (Reuters) - The leaders
         met on Wednesday; wheat, barley and oil prices rose.", "date": "2024-06-19T11:03:00Z",
         "places": ["North Korea", "Russia"], "topics": ["diplomacy"]}""".replace("\n", " "), null));
    gazette.upsert(ArticleReader.parseJson("""
        {"id": "a2", "title": "Harvest of wheat is late", "body": "Farmers in Kansas said the harvest of
         winter wheat was two weeks late after rain.", "date": "2023-07-01T08:00:00Z", "places": ["USA"]}"""
        .replace("\n", " "), null));
    gazette.commit();
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  @FuzzTest(maxDuration = "30s")
  void anyQueryGivesAResultOrAClearRefusal(FuzzedDataProvider data) {
    SearchRequest request = SearchRequest.builder()
        .operator(data.consumeBoolean() ? SearchRequest.Operator.AND : SearchRequest.Operator.OR)
        .typoTolerance(data.consumeBoolean())
        .query(data.consumeRemainingAsString())
        .build();
    try {
      gazette.search(request);
    } catch (InvalidRequestException expected) {
      // a refusal with a message, which the server answers as 400
    }
  }
}

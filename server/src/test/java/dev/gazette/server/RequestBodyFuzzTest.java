package dev.gazette.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import dev.gazette.Gazette;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the server's JSON request parsing as its endpoints run it: a {@code POST /api/search} body
 * through {@link Json#parse}, {@link SearchEndpoints#fields} and {@link SearchParams#parse} into a
 * search, and a bulk body through {@link BulkBody#items} and {@link ArticleEndpoints#parse}. Every
 * outcome must be an answer or a refusal the server sends as 4xx ({@link ApiException}, {@link
 * InvalidRequestException}); anything else would be a 500 and fails the test.
 */
class RequestBodyFuzzTest {
  private static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    gazette.upsert(ArticleEndpoints.parse("{\"title\": \"Wheat harvest in Kansas\", \"body\": \"Farmers said the"
        + " winter wheat was late.\", \"places\": [\"USA\"], \"date\": \"2024-06-19T11:03:00Z\"}", "a1"));
    gazette.commit();
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  @FuzzTest(maxDuration = "30s")
  void anyBodyIsAnsweredOrRefusedWith4xx(FuzzedDataProvider data) {
    boolean search = data.consumeBoolean();
    String body = data.consumeRemainingAsString();
    try {
      if (search) {
        search(body);
      } else {
        BulkBody.items(body).forEach(item -> ArticleEndpoints.parse(item, null));
      }
    } catch (ApiException | InvalidRequestException expected) {
      // answered 4xx with a JSON error
    }
  }

  private static void search(String body) {
    JsonElement json = Json.parse(body);
    if (json.isJsonObject()) {
      SearchRequest request = SearchParams.parse(SearchEndpoints.fields(json.getAsJsonObject()));
      gazette.search(request);
    }
  }
}

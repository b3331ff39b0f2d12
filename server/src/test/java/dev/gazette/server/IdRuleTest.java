package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.Article;
import dev.gazette.Gazette;
import dev.gazette.InvalidRequestException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An id means exactly what the client sent: the whole percent-decoded path segment, under the one
 * id rule of core ({@link Article#checkId}), the same for PUT, bulk, GET, DELETE and the Java API.
 */
class IdRuleTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();

  private final Api api = RUNNING.api();

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "a\\b", "victim?v=2", "50% off", "l'économie", "#frag", "a;b", "..", "x+y", "新闻"})
  void everyIdWithinTheRuleRoundTripsWhenPercentEncoded(String id) {
    String path = "/api/articles/" + segment(id);
    Api.Response put = api.put(path, "{\"title\": \"Round trip\", \"body\": \"Kept as sent.\"}");
    assertEquals(201, put.status(), id + " -> " + put.body());
    assertEquals(id, put.json().get("id").getAsString());
    assertEquals(id, api.get(path).json().get("id").getAsString());
    assertEquals(200, api.get(path + "/related").status());
    assertEquals(200, api.delete(path).status());
    assertEquals(404, api.get(path).status());
  }

  @Test
  void aDecodedQuestionMarkIsPartOfTheIdNotTheEndOfIt() {
    assertEquals(201, api.put("/api/articles/victim", "{\"title\": \"Victim\"}").status());
    Api.Response other = api.get("/api/articles/victim%3Fv%3D2");
    assertEquals(404, other.status(), other.body());
    assertEquals(404, api.delete("/api/articles/victim%3Fx").status());
    assertEquals("Victim", api.get("/api/articles/victim").json().get("title").getAsString());
  }

  @Test
  void idsFromABulkLoadAreReachableOverHttp() {
    Api.Response bulk = api.post("/api/articles", "application/x-ndjson",
        "{\"id\": \"feeds/2024/a.json[3]\", \"title\": \"From a folder\"}\n{\"id\": \"back\\\\slash\", \"title\": \"t\"}\n");
    assertEquals(2, bulk.json().get("accepted").getAsInt(), bulk.body());
    assertEquals("feeds/2024/a.json[3]",
        api.get("/api/articles/" + segment("feeds/2024/a.json[3]")).json().get("id").getAsString());
    assertEquals(200, api.delete("/api/articles/" + segment("back\\slash")).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"%20lead", "trail%20", "a%00b", "a%0Ab", "a%7Fb"})
  void pathIdsBreakingTheRuleAreRefusedOnEveryMethod(String raw) {
    String path = "/api/articles/" + raw;
    for (Api.Response response : new Api.Response[] {api.put(path, "{\"title\": \"t\"}"), api.get(path),
        api.delete(path), api.get(path + "/related")}) {
      assertEquals(400, response.status(), raw + " -> " + response.body());
      assertEquals("invalid_parameter", response.errorCode());
    }
  }

  @Test
  void theByteLimitHoldsAtEveryDoor() {
    String longest = "é".repeat(Article.MAX_ID_BYTES / 2);
    assertEquals(201, api.put("/api/articles/" + segment(longest), "{\"title\": \"Longest\"}").status());
    String over = longest + "e";
    assertEquals(400, api.put("/api/articles/" + segment(over), "{\"title\": \"t\"}").status());
    JsonArray items = api.post("/api/articles", "application/json",
        "[{\"id\": \"" + over + "\", \"title\": \"t\"}, {\"id\": \"fits\", \"title\": \"t\"}]").json().getAsJsonArray("items");
    assertEquals("rejected", items.get(0).getAsJsonObject().get("result").getAsString());
    assertEquals("invalid_article", items.get(0).getAsJsonObject().getAsJsonObject("error").get("code").getAsString());
    assertEquals("indexed", items.get(1).getAsJsonObject().get("result").getAsString());
    try (Gazette gazette = Gazette.inMemory()) {
      boolean refused = false;
      try {
        gazette.upsert(Article.of(over, "t", null, java.util.List.of()));
      } catch (InvalidRequestException e) {
        refused = e.parameter().equals("id");
      }
      assertTrue(refused, "the Java API refuses the same id");
    }
  }

  @Test
  void bulkItemsSucceedOrFailEachOnTheirOwn() {
    String body = "{\"id\": \"bulk-1\", \"title\": \"First\"}\n"
        + "{\"id\": \"bulk-2\", \"title\": \"Second\", \"topics\": [\"" + "t".repeat(Gazette.MAX_FACET_LENGTH + 1) + "\"]}\n"
        + "{\"id\": \"bulk-3\"}\n"
        + "{\"id\": \"bulk-4\", \"body\": \"Fourth has a body only.\"}\n";
    Api.Response response = api.post("/api/articles", "application/x-ndjson", body);
    assertEquals(200, response.status(), response.body());
    JsonObject result = response.json();
    assertEquals(2, result.get("accepted").getAsInt(), response.body());
    assertEquals(2, result.get("rejected").getAsInt(), response.body());
    JsonArray items = result.getAsJsonArray("items");
    assertTrue(items.get(1).getAsJsonObject().getAsJsonObject("error").get("message").getAsString().contains("topics"));
    assertTrue(items.get(2).getAsJsonObject().getAsJsonObject("error").get("message").getAsString()
        .contains("neither a title nor a body"));
    assertEquals(200, api.get("/api/articles/bulk-1").status());
    assertEquals(404, api.get("/api/articles/bulk-2").status());
    assertEquals(404, api.get("/api/articles/bulk-3").status());
    assertEquals(200, api.get("/api/articles/bulk-4").status());
  }

  @Test
  void aPutWithAnOverlongFacetIsAnInvalidArticle() {
    Api.Response put = api.put("/api/articles/long-topic",
        "{\"title\": \"t\", \"topics\": [\"" + "t".repeat(Gazette.MAX_FACET_LENGTH + 1) + "\"]}");
    assertEquals(400, put.status(), put.body());
    assertEquals("invalid_article", put.errorCode());
    Api.Response empty = api.put("/api/articles/empty", "{\"url\": \"https://example.org\"}");
    assertEquals("invalid_article", empty.errorCode());
    assertFalse(empty.body().contains("java."), empty.body());
  }

  /** {@code id} as one path segment: every byte outside the unreserved characters percent-encoded. */
  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

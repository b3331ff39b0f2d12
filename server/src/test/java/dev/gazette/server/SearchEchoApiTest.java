package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a search answer tells a client besides its hits: the request echoed, scores only when ranked,
 * no empty haiku, the fields it asked for, and the parameter at fault in an error.
 */
class SearchEchoApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();
  private static Api api;

  @BeforeAll
  static void load() {
    api = RUNNING.api();
    JsonObject article = Articles.article("e1", "Barley report", "2024-02-01T12:00:00Z", "Barley rose.", "grain");
    article.addProperty("url", "https://example.test/e1");
    JsonArray body = new JsonArray();
    body.add("Barley rose.");
    body.add("Oats fell.");
    article.add("body", body);
    assertEquals(201, api.put("/api/articles/e1", article.toString()).status());
  }

  @Test
  void theAnswerEchoesWhatWasAsked() {
    JsonObject answer = api.get("/api/search?q=barley&page=1&size=3&sort=newest&filter=topics:grain%20OR%20topics:oil"
        + "&from=2024-01-01&to=2024-12-31&fields=url").json();
    assertEquals("barley", answer.get("query").getAsString());
    assertEquals(1, answer.get("page").getAsInt());
    assertEquals(3, answer.get("size").getAsInt());
    assertEquals("newest", answer.get("sort").getAsString());
    assertEquals("[\"topics:grain OR topics:oil\"]", answer.get("filter").toString());
    assertEquals("2024-01-01T00:00:00Z", answer.get("from").getAsString());
    assertEquals("2024-12-31T23:59:59.999999999Z", answer.get("to").getAsString());
    assertEquals("[\"url\"]", answer.get("fields").toString());
    JsonObject defaults = api.get("/api/search").json();
    assertEquals("", defaults.get("query").getAsString());
    assertEquals(10, defaults.get("size").getAsInt());
    assertEquals("relevance", defaults.get("sort").getAsString());
    assertTrue(defaults.get("from").isJsonNull() && defaults.getAsJsonArray("filter").isEmpty(), defaults.toString());
  }

  @Test
  void scoreIsNullOnDateSortsAndANumberWhenRanked() {
    JsonObject byDate = api.get("/api/search?q=barley&sort=oldest").hits().get(0).getAsJsonObject();
    assertTrue(byDate.has("score") && byDate.get("score").isJsonNull(), byDate.toString());
    JsonObject ranked = api.get("/api/search?q=barley").hits().get(0).getAsJsonObject();
    assertTrue(ranked.get("score").getAsFloat() > 0, ranked.toString());
  }

  @Test
  void anEmptyHaikuIsLeftOutAndFieldsOnlyComeWhenAsked() {
    JsonObject plain = api.get("/api/search?q=id:e1").hits().get(0).getAsJsonObject();
    assertFalse(plain.has("haiku"), plain.toString());
    assertFalse(plain.has("fields"), plain.toString());
    JsonObject seed = api.get("/api/search?q=id:" + TestServer.SEED_ID).hits().get(0).getAsJsonObject();
    assertEquals(3, seed.getAsJsonArray("haiku").size());
  }

  @Test
  void fieldsBringStoredFieldsAndFacetsAsLists() {
    Api.Response response = api.get("/api/search?q=id:e1&fields=topics,url,body,author");
    JsonObject fields = response.hits().get(0).getAsJsonObject().getAsJsonObject("fields");
    assertEquals("{\"topics\":[\"grain\"],\"url\":[\"https://example.test/e1\"],\"body\":[\"Barley rose.\",\"Oats fell.\"],"
        + "\"author\":[]}", fields.toString());
    Api.Response post = api.post("/api/search", "application/json", "{\"q\": \"id:e1\", \"fields\": [\"topics\", \"url\"]}");
    assertEquals("{\"topics\":[\"grain\"],\"url\":[\"https://example.test/e1\"]}",
        post.hits().get(0).getAsJsonObject().getAsJsonObject("fields").toString());
  }

  @ParameterizedTest
  @CsvSource({
      "size=0, size",
      "page=abc, page",
      "sort=sideways, sort",
      "from=yesterday, from",
      "fields=nope, fields",
      "facets=nope, facets",
      "colour=red, colour",
      "q=a&q=b, q"})
  void anErrorNamesTheParameterAtFault(String query, String parameter) {
    Api.Response response = api.get("/api/search?" + query);
    assertEquals(400, response.status(), response.body());
    assertEquals("invalid_parameter", response.errorCode());
    assertEquals(parameter, response.error().get("parameter").getAsString(), response.body());
  }

  @Test
  void anErrorWithNoParameterAtFaultHasNoParameterField() {
    Api.Response missing = api.get("/api/articles/no-such-article");
    assertEquals(404, missing.status());
    assertFalse(missing.error().has("parameter"), missing.body());
    Api.Response json = api.post("/api/search", "application/json", "{not json");
    assertEquals(400, json.status());
    assertFalse(json.error().has("parameter"), json.body());
  }

  @Test
  void bothSearchAnswersHoldEveryEchoedField() {
    for (Api.Response response : List.of(api.get("/api/search?q=barley"),
        api.post("/api/search", "application/json", "{\"q\": \"barley\"}"))) {
      for (String field : List.of("query", "page", "size", "sort", "filter", "from", "to", "fields")) {
        assertTrue(response.json().has(field), field + " missing: " + response.body());
      }
    }
  }
}

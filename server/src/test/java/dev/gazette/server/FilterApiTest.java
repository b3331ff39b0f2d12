package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filter grammar over {@code GET /api/search} and the JSON filter structure over {@code POST}. */
class FilterApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer("--seeds", "none");
  private static Api api;

  @BeforeAll
  static void load() {
    api = RUNNING.api();
    List<JsonObject> articles = List.of(
        article("f1", "grain", "usa"), article("f2", "grain", "ussr"), article("f3", "wheat", "canada"),
        article("f4", "crude", "usa"));
    Api.Response load = api.post("/api/articles", "application/json", Articles.array(articles));
    assertEquals(4, load.json().get("accepted").getAsInt(), load.body());
  }

  private static JsonObject article(String id, String topic, String place) {
    JsonObject article = Articles.article(id, "Market report " + id, "2024-01-0" + id.charAt(1) + "T12:00:00Z",
        "Prices moved on the exchange.", topic);
    JsonArray places = new JsonArray();
    places.add(place);
    article.add("places", places);
    return article;
  }

  private static Api.Response get(String... filters) {
    String query = List.of(filters).stream().map(f -> "&filter=" + Api.encode(f)).collect(Collectors.joining());
    return api.get("/api/search?sort=oldest&facets=topics,places" + query);
  }

  private static Api.Response post(String filter) {
    return api.post("/api/search", "application/json",
        "{\"sort\": \"oldest\", \"facets\": [\"topics\", \"places\"], \"filter\": " + filter + "}");
  }

  private static Map<String, Long> counts(Api.Response response, String dim) {
    return response.json().getAsJsonObject("facets").getAsJsonArray(dim).asList().stream()
        .map(JsonElement::getAsJsonObject)
        .collect(Collectors.toMap(v -> v.get("value").getAsString(), v -> v.get("count").getAsLong()));
  }

  @Test
  void getTakesOrWithinAndAcrossDimensionsAndNot() {
    assertEquals(List.of("f1", "f2", "f3"), Api.ids(get("topics:grain OR topics:wheat")));
    assertEquals(List.of("f2", "f3"), Api.ids(get("-places:usa")));
    assertEquals(List.of("f2", "f3"), Api.ids(get("NOT places:usa")));
    assertEquals(List.of("f3", "f4"), Api.ids(get("topics:wheat OR topics:crude AND places:usa")));
    assertEquals(List.of("f2"), Api.ids(get("(topics:grain OR topics:crude) AND NOT places:usa")));
  }

  @Test
  void separateFiltersOfOneDimensionAreAlternativesCountedMultiSelect() {
    Api.Response response = get("topics:grain", "topics:wheat", "places:usa");
    assertEquals(List.of("f1"), Api.ids(response), response.body());
    assertEquals(Map.of("grain", 1L, "crude", 1L), counts(response, "topics"));
    assertEquals(Map.of("usa", 1L, "ussr", 1L, "canada", 1L), counts(response, "places"));
    JsonArray echoed = response.json().getAsJsonArray("filter");
    assertEquals(List.of("topics:grain", "topics:wheat", "places:usa"), echoed.asList().stream().map(JsonElement::getAsString).toList());
  }

  @Test
  void postTakesAFilterObjectMeaningWhatTheGrammarSays() {
    Api.Response object = post("{\"any\": [\"topics:grain\", \"topics:crude\"], \"not\": [\"places:usa\"]}");
    Api.Response grammar = get("(topics:grain OR topics:crude) AND NOT places:usa");
    assertEquals(200, object.status(), object.body());
    assertEquals(List.of("f2"), Api.ids(object));
    assertEquals(grammar.json().get("filter"), object.json().get("filter"));
    assertEquals(grammar.json().get("facets"), object.json().get("facets"));
  }

  @Test
  void postTakesAStringOrAnArrayOfStringsAndObjects() {
    assertEquals(List.of("f1", "f3"), Api.ids(post("\"topics:grain AND places:usa OR topics:wheat\"")));
    Api.Response array = post("[\"topics:grain\", \"topics:wheat\", {\"not\": \"places:canada\"}]");
    assertEquals(List.of("f1", "f2"), Api.ids(array), array.body());
    assertEquals(Map.of("grain", 2L, "crude", 1L), counts(array, "topics"), "NOT narrows, the topics selection does not");
    Api.Response nested = post("{\"all\": [{\"any\": [\"places:usa\", \"places:ussr\"]}, \"topics:grain\"]}");
    assertEquals(List.of("f1", "f2"), Api.ids(nested), nested.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"topics:grain OR", "grain", "(topics:grain", "topics:grain places:usa", "nope:x", "topics:a OR nope:x"})
  void malformedGetFiltersAreA400NamingFilter(String filter) {
    Api.Response response = get(filter);
    assertEquals(400, response.status(), response.body());
    assertEquals("invalid_parameter", response.errorCode());
    assertEquals("filter", response.error().get("parameter").getAsString(), response.body());
    assertTrue(response.error().get("message").getAsString().contains("filter") || filter.contains("nope"), response.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"some\": [\"topics:grain\"]}", "{}", "{\"any\": []}", "42", "[true]", "{\"not\": [\"topics:\"]}"})
  void malformedPostFiltersAreA400NamingFilter(String filter) {
    Api.Response response = post(filter);
    assertEquals(400, response.status(), response.body());
    assertEquals("filter", response.error().get("parameter").getAsString(), response.body());
  }
}

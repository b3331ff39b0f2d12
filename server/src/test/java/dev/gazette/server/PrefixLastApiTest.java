package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code prefixLast=true} over HTTP, on {@code GET} and {@code POST /api/search}: the last word
 * being typed also matches the words it begins, the whole word first; without it, or after a
 * space, the word is whole; a value that is not a boolean is a 400.
 */
class PrefixLastApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();
  private static Api api;

  @BeforeAll
  static void load() {
    api = RUNNING.api();
    Api.Response load = api.post("/api/articles", "application/json", Articles.array(List.of(
        Articles.article("prices", "Oil prices rise", "2024-01-01", "Crude oil prices rose for a third day.", "oil"),
        Articles.article("pri", "Oil deal for PRI", "2024-01-02", "Pacific Resources, or PRI, bought oil fields.",
            "oil"),
        Articles.article("priority", "Oil is a priority", "2024-01-03", "The minister called oil a priority.", "oil"),
        Articles.article("gas", "Gas prices fall", "2024-01-04", "Gas prices fell.", "gas"))));
    assertEquals(4, load.json().get("accepted").getAsInt(), load.body());
  }

  @Test
  void getFindsTheWordsTheLastWordBeginsWholeWordFirst() {
    Api.Response typed = api.get("/api/search?q=oil+pri&prefixLast=true");
    assertEquals(200, typed.status(), typed.body());
    List<String> ids = Api.ids(typed);
    assertEquals("pri", ids.get(0), typed.body());
    assertTrue(ids.contains("prices") && ids.contains("priority") && !ids.contains("gas"), typed.body());
    assertTrue(typed.body().contains("prices</mark>"), typed.body());
    assertEquals(List.of("pri"), Api.ids(api.get("/api/search?q=oil+pri")));
    assertEquals(List.of("pri"), Api.ids(api.get("/api/search?q=oil+pri+&prefixLast=true")));
  }

  @Test
  void postTakesPrefixLastInTheBody() {
    Api.Response post = api.post("/api/search", "application/json", "{\"q\": \"oil pri\", \"prefixLast\": true}");
    assertEquals(200, post.status(), post.body());
    assertEquals(Api.ids(api.get("/api/search?q=oil+pri&prefixLast=true")), Api.ids(post));
    Api.Response off = api.post("/api/search", "application/json", "{\"q\": \"oil pri\", \"prefixLast\": false}");
    assertEquals(List.of("pri"), Api.ids(off));
  }

  @Test
  void aValueThatIsNotABooleanIsRefused() {
    Api.Response bad = api.get("/api/search?q=oil+pri&prefixLast=maybe");
    assertEquals(400, bad.status(), bad.body());
    assertEquals("invalid_parameter", bad.error().get("code").getAsString());
    assertTrue(bad.error().get("message").getAsString().contains("prefixLast"), bad.body());
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code profile=fast} over HTTP: the bare ranked search, each extra still switchable on its own. */
class SearchProfileApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();
  private static Api api;

  @BeforeAll
  static void load() {
    api = RUNNING.api();
    String articles = """
        [{"id": "w1", "title": "Wheat harvest report", "published": "2019-03-03", "body": "The wheat harvest was weak, wheat farmers said."},
         {"id": "w2", "title": "Wheat harvest update", "published": "2024-06-20", "body": "The wheat harvest improved across the plains."}]
        """;
    assertEquals(2, api.post("/api/articles", "application/json", articles).json().get("accepted").getAsInt());
  }

  @Test
  void theFastProfileLeavesOutSnippetsTypoRetryAndCorrections() {
    Api.Response fast = api.get("/api/search?q=harvset&profile=fast");
    assertEquals(200, fast.status(), fast.body());
    assertEquals(0, fast.json().get("total").getAsInt());
    assertFalse(fast.json().get("typoTolerant").getAsBoolean());
    assertTrue(fast.json().get("didYouMean").isJsonNull());

    Api.Response found = api.get("/api/search?q=wheat&profile=FAST");
    assertEquals(api.get("/api/search?q=wheat").json().get("total").getAsInt(), found.json().get("total").getAsInt());
    assertTrue(found.json().get("total").getAsInt() >= 2, found.body());
    assertTrue(found.hits().get(0).getAsJsonObject().get("snippets").isJsonNull(), found.body());
  }

  @Test
  void theDefaultProfileIsWhatNoProfileGives() {
    Api.Response named = api.get("/api/search?q=harvset&profile=default");
    assertEquals(200, named.status(), named.body());
    assertTrue(named.json().get("typoTolerant").getAsBoolean());
    assertEquals("harvest", named.json().get("didYouMean").getAsString());
    assertFalse(named.hits().get(0).getAsJsonObject().get("snippets").isJsonNull());
  }

  @Test
  void aSwitchGivenBesideTheProfileWins() {
    Api.Response highlighted = api.get("/api/search?q=wheat&profile=fast&highlight=true");
    JsonObject snippets = highlighted.hits().get(0).getAsJsonObject().getAsJsonObject("snippets");
    assertTrue(snippets.get("title").getAsString().contains("<mark>"), highlighted.body());
    Api.Response retried = api.post("/api/search", "application/json",
        "{\"q\": \"harvset\", \"profile\": \"fast\", \"typoTolerance\": true}");
    assertEquals(200, retried.status(), retried.body());
    assertTrue(retried.json().get("typoTolerant").getAsBoolean(), retried.body());
    assertTrue(retried.json().get("didYouMean").isJsonNull());
  }

  @Test
  void anUnknownProfileIsABadRequestNamingIt() {
    Api.Response bad = api.get("/api/search?q=wheat&profile=turbo");
    assertEquals(400, bad.status(), bad.body());
    JsonObject error = bad.json().getAsJsonObject("error");
    assertEquals("profile", error.get("parameter").getAsString());
    assertTrue(error.get("message").getAsString().contains("default, fast"), bad.body());
  }
}

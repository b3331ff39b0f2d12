package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search features users reach for first, over HTTP: autocomplete, related articles, typos, did-you-mean, recency, timeline, people facets, NOT and deep paging. */
class FeaturesApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();
  private static Api api;

  @BeforeAll
  static void load() {
    api = RUNNING.api();
    String articles = """
        [{"id": "w1", "title": "Wheat harvest report", "published": "2019-03-03", "body": "The wheat harvest was weak, wheat farmers said."},
         {"id": "w2", "title": "Wheat harvest update", "published": "2024-06-20", "body": "The wheat harvest improved across the plains."},
         {"id": "w3", "title": "Grain exports", "published": "2024-06-21", "body": "Grain exports rose as the harvest came in."}]
        """;
    assertEquals(3, api.post("/api/articles", "application/json", articles).json().get("accepted").getAsInt());
  }

  static List<String> ids(Api.Response response) {
    List<String> ids = new ArrayList<>();
    response.hits().forEach(hit -> ids.add(hit.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  @Test
  void suggestCompletesTitlesWithTheTypedPartMarked() {
    Api.Response response = api.get("/api/suggest?q=wheat+harv");
    assertEquals(200, response.status(), response.body());
    JsonArray suggestions = response.json().getAsJsonArray("suggestions");
    boolean found = false;
    for (JsonElement s : suggestions) {
      JsonObject suggestion = s.getAsJsonObject();
      found |= suggestion.get("text").getAsString().equals("Wheat harvest update")
          && suggestion.get("highlighted").getAsString().startsWith("<mark>Wheat harvest</mark>");
    }
    assertTrue(found, response.body());
    assertEquals(400, api.get("/api/suggest?q=x&limit=500").status());
    assertEquals(400, api.get("/api/suggest?q=x&nope=1").status());
  }

  @Test
  void relatedArticlesLeaveOutTheArticleItself() {
    Api.Response response = api.get("/api/articles/w1/related");
    assertEquals(200, response.status(), response.body());
    assertEquals("w2", ids(response).get(0));
    assertFalse(ids(response).contains("w1"));
    assertEquals(404, api.get("/api/articles/missing/related").status());
    assertEquals(400, api.get("/api/articles/w1/related?size=0").status());
  }

  @Test
  void typosAreToleratedAndACorrectionOffered() {
    Api.Response response = api.get("/api/search?q=harvset");
    assertEquals(200, response.status(), response.body());
    assertTrue(response.json().get("typoTolerant").getAsBoolean(), response.body());
    assertEquals("harvest", response.json().get("didYouMean").getAsString());
    assertEquals(0, api.get("/api/search?q=harvset&typoTolerance=false").json().get("total").getAsInt());
    assertTrue(api.get("/api/search?q=harvset&didYouMean=false").json().get("didYouMean").isJsonNull());
  }

  @Test
  void recencyLiftsNewerArticlesAndTimelineCountsThem() {
    assertEquals("w1", ids(api.get("/api/search?q=wheat+harvest")).get(0));
    assertEquals("w2", ids(api.get("/api/search?q=wheat+harvest&sort=recency")).get(0));
    JsonObject timeline = api.get("/api/search?q=harvest&timeline=true").json().getAsJsonObject("timeline");
    assertEquals("year", timeline.get("interval").getAsString());
    assertEquals(6, timeline.getAsJsonArray("buckets").size(), timeline.toString());
  }

  @Test
  void notAndDeepPagingWorkOverHttp() {
    assertEquals(List.of("w1", "w2"), ids(api.get("/api/search?q=harvest+-grain&size=10")).stream().sorted().toList());
    assertEquals(List.of("w1", "w2"), ids(api.get("/api/search?q=harvest+NOT+grain&size=10")).stream().sorted().toList());
    List<String> seen = new ArrayList<>();
    String cursor = "";
    do {
      JsonObject page = api.get("/api/search?q=harvest&size=1" + cursor).json();
      page.getAsJsonArray("hits").forEach(hit -> seen.add(hit.getAsJsonObject().get("id").getAsString()));
      cursor = page.get("nextCursor").isJsonNull() ? null : "&cursor=" + page.get("nextCursor").getAsString();
    } while (cursor != null);
    assertEquals(List.of("w1", "w2", "w3"), seen.stream().sorted().toList());
  }

  @Test
  void peopleMentionedAreAFacet() {
    JsonArray people = api.get("/api/search?q=&facets=person").json().getAsJsonObject("facets").getAsJsonArray("person");
    assertTrue(people.toString().contains("Vladimir Putin"), people.toString());
  }
}

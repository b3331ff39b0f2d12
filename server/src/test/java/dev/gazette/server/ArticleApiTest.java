package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Articles in and out: get, upsert, bulk, delete, and the body checks of writes. */
class ArticleApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer("--max-body", "64KB");
  private static Api api;

  @BeforeAll
  static void client() {
    api = RUNNING.api();
  }

  @Test
  void putGetReplaceAndDelete() {
    JsonObject article = Articles.article("life-1", "Lighthouse keeper retires", "2024-03-01T09:00:00Z",
        "After forty years the keeper handed over the lamp.", "people");
    Api.Response created = api.put("/api/articles/life-1", article.toString());
    assertEquals(201, created.status(), created.body());
    assertEquals("created", created.json().get("result").getAsString());

    JsonObject stored = api.get("/api/articles/life-1").json();
    assertEquals("Lighthouse keeper retires", stored.get("title").getAsString());
    assertEquals("2024-03-01T09:00:00Z", stored.get("published").getAsString());
    assertEquals("After forty years the keeper handed over the lamp.", stored.getAsJsonArray("body").get(0).getAsString());

    article.addProperty("title", "Lighthouse keeper retires after forty years");
    Api.Response updated = api.put("/api/articles/life-1", article.toString());
    assertEquals(200, updated.status());
    assertEquals("updated", updated.json().get("result").getAsString());
    assertEquals("Lighthouse keeper retires after forty years", api.get("/api/articles/life-1").json().get("title").getAsString());

    Api.Response deleted = api.delete("/api/articles/life-1");
    assertEquals(200, deleted.status());
    assertEquals("deleted", deleted.json().get("result").getAsString());
    assertEquals("not_found", api.get("/api/articles/life-1").errorCode());
    assertEquals(404, api.delete("/api/articles/life-1").status());
  }

  @Test
  void storedSeedRoundTrips() {
    Api.Response seed = api.get("/api/articles/" + TestServer.SEED_ID);
    assertEquals(200, seed.status(), seed.body());
    assertTrue(seed.json().get("title").getAsString().contains("North Korea"));
  }

  @Test
  void theBodyMayOmitTheIdButNotContradictThePath() {
    assertEquals(201, api.put("/api/articles/no-id-in-body", "{\"title\": \"Tide tables\"}").status());
    assertEquals("Tide tables", api.get("/api/articles/no-id-in-body").json().get("title").getAsString());
    Api.Response mismatch = api.put("/api/articles/one", "{\"id\": \"two\", \"title\": \"x\"}");
    assertEquals(400, mismatch.status());
    assertEquals("invalid_parameter", mismatch.errorCode());
  }

  @Test
  void aWriteIsSearchableWithinASecondOfItsAcknowledgement() {
    api.put("/api/articles/fresh-1", Articles.article("fresh-1", "Zeppelin returns to the skies", "2024-05-01T00:00:00Z",
        "An airship flew over the bay.", "transport").toString());
    long deadline = System.nanoTime() + 1_000_000_000L;
    boolean found = false;
    while (!found && System.nanoTime() < deadline) {
      found = Api.ids(api.get("/api/search?q=zeppelin")).contains("fresh-1");
    }
    assertTrue(found, "fresh-1 not searchable within a second");
  }

  @Test
  void bulkArrayIndexesTheGoodItemsAndReportsTheBadOnes() {
    String body = "[" + Articles.article("bulk-a", "Apples", "2024-04-01", "Orchards bloom.", "food")
        + ", {\"title\": \"no id here\"}, \"not an object\", "
        + Articles.article("bulk-b", "Bananas", "2024-04-02", "Plantations grow.", "food") + "]";
    Api.Response response = api.post("/api/articles", "application/json", body);
    assertEquals(200, response.status(), response.body());
    JsonObject result = response.json();
    assertEquals(2, result.get("accepted").getAsInt());
    assertEquals(2, result.get("rejected").getAsInt());
    List<String> outcomes = result.getAsJsonArray("items").asList().stream()
        .map(item -> item.getAsJsonObject().get("result").getAsString()).toList();
    assertEquals(List.of("indexed", "rejected", "rejected", "indexed"), outcomes);
    JsonObject bad = result.getAsJsonArray("items").get(1).getAsJsonObject();
    assertEquals(1, bad.get("index").getAsInt());
    assertEquals("invalid_article", bad.getAsJsonObject("error").get("code").getAsString());
    assertEquals(200, api.get("/api/articles/bulk-a").status());
    assertEquals(200, api.get("/api/articles/bulk-b").status());
  }

  @Test
  void bulkNdjsonReadsEachLineOnItsOwn() {
    String body = Articles.article("nd-1", "One", "2024-04-01", "First line.", "misc") + "\n"
        + "{\"id\": \"nd-broken\", \"title\": \n"
        + "\n"
        + Articles.article("nd-2", "Two", "2024-04-02", "Third line.", "misc") + "\n";
    Api.Response response = api.post("/api/articles", "application/x-ndjson", body);
    assertEquals(200, response.status(), response.body());
    assertEquals(2, response.json().get("accepted").getAsInt(), response.body());
    assertEquals(1, response.json().get("rejected").getAsInt());
    JsonObject broken = response.json().getAsJsonArray("items").get(1).getAsJsonObject();
    assertEquals("rejected", broken.get("result").getAsString());
    assertTrue(broken.get("id").isJsonNull(), response.body());
    assertEquals(200, api.get("/api/articles/nd-2").status());
  }

  @Test
  void bulkBodiesThatAreNotArticlesAtAllAre400() {
    assertEquals("invalid_json", api.post("/api/articles", "application/json", "[{\"id\": \"x\"").errorCode());
    assertEquals("invalid_json", api.post("/api/articles", "application/x-ndjson", "  \n ").errorCode());
  }

  @Test
  void writeBodiesAreChecked() {
    assertEquals("invalid_article", api.put("/api/articles/bad", "{\"title\": ").errorCode());
    Api.Response text = api.send(api.request("/api/articles/bad").header("Content-Type", "text/plain")
        .PUT(HttpRequest.BodyPublishers.ofString("Title\n\nBody")));
    assertEquals(415, text.status());
    assertEquals("unsupported_media_type", text.errorCode());
    String huge = "{\"id\": \"big\", \"title\": \"" + "x".repeat(70 * 1024) + "\"}";
    Api.Response tooLarge = api.put("/api/articles/big", huge);
    assertEquals(413, tooLarge.status());
    assertEquals("payload_too_large", tooLarge.errorCode());
    assertEquals(404, api.get("/api/articles/big").status());
  }

  @Test
  void idsInThePathArePercentDecoded() {
    assertEquals(201, api.put("/api/articles/caf%C3%A9+au%20lait", "{\"title\": \"Coffee\"}").status());
    assertEquals("café+au lait", api.get("/api/articles/caf%C3%A9%2Bau%20lait").json().get("id").getAsString());
  }

  @Test
  void unknownPathsAndMethodsAreJsonErrors() {
    Api.Response missing = api.get("/api/nothing-here");
    assertEquals(404, missing.status());
    assertEquals("not_found", missing.errorCode());
    Api.Response patch = api.send(api.request("/api/articles/x").method("PATCH", HttpRequest.BodyPublishers.ofString("{}")));
    assertEquals(405, patch.status());
    assertEquals("DELETE, GET, HEAD, PUT", patch.headers().firstValue("Allow").orElseThrow());
  }
}

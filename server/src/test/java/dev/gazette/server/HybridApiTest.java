package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Search by meaning over HTTP with the bundled model: articles embedded in the background after
 * they are searchable by words, the progress in every answer, /api/stats and /metrics, and the
 * three modes with their parameters checked at the door.
 */
class HybridApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer("--embedder", "bundled");
  private static Api api;

  private static final List<String[]> ARTICLES = List.of(
      new String[] {"rates-1", "Fed raises interest rates again", "The central bank lifted its benchmark rate by a quarter point to fight inflation.", "economy"},
      new String[] {"rates-2", "Borrowing costs climb as policymakers tighten", "Mortgage and loan costs rose after the monetary authority's decision.", "economy"},
      new String[] {"cup-1", "United win the cup final", "The football team beat their rivals two goals to one in extra time.", "sport"},
      new String[] {"storm-1", "Storm floods the coast", "Heavy rain and wind forced thousands to leave their homes.", "weather"});

  @BeforeAll
  static void articlesEmbedded() throws InterruptedException {
    api = RUNNING.api();
    for (String[] a : ARTICLES) {
      assertEquals(201, api.put("/api/articles/" + a[0], Articles.article(a[0], a[1], "2024-03-01T09:00:00Z", a[2], a[3]).toString()).status());
    }
    long deadline = System.nanoTime() + 120_000_000_000L;
    JsonObject embedding = null;
    while (System.nanoTime() < deadline) {
      embedding = api.get("/api/stats").json().getAsJsonObject("embedding");
      if (!embedding.get("partial").getAsBoolean() && embedding.get("embedded").getAsLong() == ARTICLES.size() + 1) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the articles were not embedded in the background: " + embedding);
  }

  private static List<String> ids(Api.Response response) {
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : response.hits()) {
      ids.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return ids;
  }

  @Test
  void aQuestionInOtherWordsFindsTheArticlesByMeaning() {
    String question = "/api/search?q=what+did+the+fed+say+about+borrowing+costs";
    Api.Response lexical = api.get(question + "&mode=lexical");
    assertEquals("lexical", lexical.json().get("mode").getAsString());
    assertEquals(0, lexical.json().get("total").getAsLong(), "no article holds every word");

    Api.Response hybrid = api.get(question);
    assertEquals(200, hybrid.status(), hybrid.body());
    assertEquals("hybrid", hybrid.json().get("mode").getAsString(), "embedded: the default is hybrid");
    assertTrue(ids(hybrid).subList(0, 2).containsAll(List.of("rates-1", "rates-2")), ids(hybrid).toString());
    JsonObject embedding = hybrid.json().getAsJsonObject("embedding");
    assertEquals("bge-small-en-v1.5-q", embedding.get("model").getAsString());
    assertFalse(embedding.get("partial").getAsBoolean());

    Api.Response semantic = api.get("/api/search?q=football+match&mode=semantic&size=1");
    assertEquals("semantic", semantic.json().get("mode").getAsString());
    assertEquals(List.of("cup-1"), ids(semantic));
  }

  @Test
  void filtersHoldForMeaningAndTheMetricsCountTheVectors() {
    Api.Response filtered = api.get("/api/search?q=interest+rates&mode=semantic&filter=topics:sport&facets=topics");
    assertEquals(List.of("cup-1"), ids(filtered), "the nearest articles within the filter only");
    String metrics = api.get("/metrics").body();
    assertTrue(metrics.contains("gazette_index_embedded_documents " + (ARTICLES.size() + 1) + ".0"), metrics);
  }

  @Test
  void badModeRatioAndFusionAreRefusedNamingTheParameter() {
    assertEquals("mode", api.get("/api/search?q=x&mode=vectors").error().get("parameter").getAsString());
    assertEquals("semanticRatio", api.get("/api/search?q=x&semanticRatio=1.5").error().get("parameter").getAsString());
    assertEquals("semanticRatio", api.get("/api/search?q=x&semanticRatio=NaN").error().get("parameter").getAsString());
    assertEquals("fusion", api.get("/api/search?q=x&fusion=sum").error().get("parameter").getAsString());
    Api.Response rrf = api.get("/api/search?q=rates&fusion=rrf&semanticRatio=0.2");
    assertEquals(200, rrf.status(), rrf.body());
  }
}

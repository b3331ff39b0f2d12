package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autocomplete over HTTP answers from the index as it is: the seeds once the server is ready, and each write once it is acknowledged. */
class SuggestReadyTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();

  @Test
  void theFirstSuggestionAfterReadyCompletesToASeedTitle() {
    assertEquals(200, RUNNING.api().get("/ready").status());
    List<JsonObject> found = suggest("strategic partn");
    assertTrue(found.stream().anyMatch(s -> s.get("kind").getAsString().equals("TITLE")
        && s.get("articleId").getAsString().equals(TestServer.SEED_ID)
        && s.get("highlighted").getAsString().contains("<mark>Strategic Partnership</mark>")), found.toString());
  }

  @Test
  void aWrittenArticlesTitleAndPhraseAreSuggestedAfterTheWrite() {
    assertEquals(List.of(), suggest("zanzibar cl"));
    for (int i = 1; i <= 3; i++) {
      assertEquals(201, RUNNING.api().put("/api/articles/zc" + i, """
          {"title": "Zanzibar clove auction %d", "published": "2024-06-2%d", "body": "Zanzibar cloves sold well."}
          """.formatted(i, i)).status());
    }
    List<JsonObject> found = suggest("zanzibar cl");
    assertEquals("PHRASE", found.getFirst().get("kind").getAsString(), found.toString());
    assertTrue(found.stream().anyMatch(s -> s.get("kind").getAsString().equals("PHRASE")
        && s.get("text").getAsString().equals("zanzibar cloves")), found.toString());
    assertTrue(found.stream().anyMatch(s -> s.get("text").getAsString().equals("Zanzibar clove auction 3")
        && s.get("articleId").getAsString().equals("zc3")), found.toString());
    assertEquals(200, RUNNING.api().delete("/api/articles/zc3").status());
    assertTrue(suggest("zanzibar cl").stream().noneMatch(s -> s.get("text").getAsString().endsWith("auction 3")));
  }

  private static List<JsonObject> suggest(String typed) {
    Api.Response response = RUNNING.api().get("/api/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
    assertEquals(200, response.status());
    List<JsonObject> found = new ArrayList<>();
    for (JsonElement suggestion : response.json().getAsJsonArray("suggestions")) {
      found.add(suggestion.getAsJsonObject());
    }
    return found;
  }
}

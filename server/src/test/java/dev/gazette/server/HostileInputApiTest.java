package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in articles and ids: markup comes back escaped in every snippet and suggestion (only
 * the server's own {@code <mark>} tags are live), every answer is JSON marked {@code nosniff}, and
 * ids that try to walk out of a folder are refused or stay plain ids. The search page's side (it
 * escapes what it shows, under a Content-Security-Policy) is tested in {@code e2e/}.
 */
class HostileInputApiTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();

  private static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; &lt;b&gt;"
      + " <b <i>broken \"quoted\" 'single'";

  private final Api api = RUNNING.api();

  @BeforeAll
  static void indexHostileArticles() {
    Api api = RUNNING.api();
    assertEquals(201, api.put("/api/articles/xss-1", "{\"title\": \"Zanzibar cloves " + escaped(HOSTILE)
        + "\", \"body\": \"Zanzibar cloves " + escaped(HOSTILE) + " zanzibar again.\", \"tags\": [\""
        + escaped(HOSTILE) + "\"]}").status());
    assertEquals(201, api.put("/api/articles/xss-2", "{\"title\": \"<svg onload=alert(2)>Zanzibar spice\","
        + " \"body\": \"</mark><script>x</script> zanzibar <mark>fake</mark>\"}").status());
  }

  @Test
  void snippetsCarryOnlyTheServersMarkTags() {
    Api.Response response = api.get("/api/search?q=zanzibar&facets=tags");
    assertEquals(2, response.json().get("total").getAsInt(), response.body());
    assertNosniffJson(response);
    List<String> snippets = new ArrayList<>();
    for (JsonElement hit : response.hits()) {
      JsonObject highlights = hit.getAsJsonObject().getAsJsonObject("snippets");
      snippets.add(highlights.get("title").getAsString());
      highlights.getAsJsonArray("body").forEach(snippet -> snippets.add(snippet.getAsString()));
    }
    assertTrue(snippets.stream().anyMatch(s -> s.contains("&lt;script&gt;")), snippets.toString());
    snippets.forEach(HostileInputApiTest::assertOnlyMarks);
  }

  @Test
  void suggestionsCarryOnlyTheServersMarkTags() {
    Api.Response response = api.get("/api/suggest?q=zanz&limit=10");
    assertNosniffJson(response);
    List<String> highlighted = response.json().getAsJsonArray("suggestions").asList().stream()
        .map(s -> s.getAsJsonObject().get("highlighted").getAsString()).toList();
    assertFalse(highlighted.isEmpty(), response.body());
    highlighted.forEach(HostileInputApiTest::assertOnlyMarks);
  }

  @Test
  void rawFieldsComeBackAsTheSameTextInJson() {
    Api.Response response = api.get("/api/articles/xss-1");
    assertNosniffJson(response);
    assertEquals("Zanzibar cloves " + HOSTILE, response.json().get("title").getAsString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..", "%2E%2E", "a%00b",
      "..%5C..%5Cwindows", "%0d%0aSet-Cookie:x"})
  void traversalIdsAreRefusedOrStayPlainIds(String rawId) {
    Api.Response put = api.put("/api/articles/" + rawId, "{\"title\": \"Traversal\"}");
    assertTrue(put.status() == 400 || put.status() == 404 || put.status() == 201 || put.status() == 200,
        put.status() + " " + put.body());
    if (put.status() == 201 || put.status() == 200) {
      String id = put.json().get("id").getAsString();
      assertEquals(200, api.get("/api/articles/" + rawId).status());
      assertEquals(id, api.get("/api/articles/" + rawId).json().get("id").getAsString());
      assertEquals(200, api.delete("/api/articles/" + rawId).status());
    }
    assertEquals(200, api.get("/health").status());
  }

  @Test
  void controlCharactersInIdsAreRefused() {
    Api.Response nul = api.put("/api/articles/a%00b", "{\"title\": \"Nul\"}");
    assertEquals(400, nul.status(), nul.body());
    Api.Response bulk = api.post("/api/articles", "application/json",
        "[{\"id\": \"../../etc/passwd\", \"title\": \"t\"}, {\"id\": \"nul\\u0000id\", \"title\": \"t\"}]");
    assertEquals(200, bulk.status());
    assertEquals("rejected", bulk.json().getAsJsonArray("items").get(1).getAsJsonObject().get("result").getAsString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{'q':'oil'}", "{\"q\":\"oil\"} trailing", "{q:\"oil\"}", "{\"q\":\"oil\"", "", "[1,]"})
  void searchBodiesAreParsedStrictly(String body) {
    Api.Response response = api.post("/api/search", "application/json", body);
    assertEquals(400, response.status(), body + " -> " + response.body());
    assertEquals("invalid_json", response.json().getAsJsonObject("error").get("code").getAsString());
    assertFalse(response.body().contains("java.") || response.body().contains("Exception") || response.body().contains("JsonReader"), response.body());
  }

  @Test
  void bodiesThatAreNotUtf8AreRefused() {
    Api.Response response = api.send(api.request("/api/search").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'q', '"', ':', '"', (byte) 0xC3, '"', '}'})));
    assertEquals(400, response.status(), response.body());
    assertTrue(response.body().contains("UTF-8"), response.body());
  }

  @Test
  void numbersTakeOnlyAsciiDigits() {
    Api.Response response = api.get("/api/search?q=oil&size=" + Api.encode("\uFF15"));
    assertEquals(400, response.status(), response.body());
    assertEquals(200, api.get("/api/search?q=oil&size=5").status());
  }

  private static void assertNosniffJson(Api.Response response) {
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  /** Fails when {@code html} holds a tag other than {@code <mark>}/{@code </mark>} or an unescaped {@code &}. */
  private static void assertOnlyMarks(String html) {
    String rest = html.replace("<mark>", "").replace("</mark>", "");
    assertFalse(rest.contains("<") || rest.contains(">"), html);
    assertFalse(rest.replaceAll("&(amp|lt|gt|quot|#39|#x27|apos);", "").contains("&"), html);
  }

  private static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  @Test
  void getResourcesAnswerHeadWithTheirHeadersAndNoBody() {
    for (String path : new String[] {"/health", "/api/search?q=oil", "/api/stats", "/openapi.json"}) {
      Api.Response head = api.send(api.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertEquals(200, head.status(), "HEAD " + path);
      assertTrue(head.body().isEmpty(), "HEAD " + path + " has no body");
    }
    Api.Response refused = api.send(api.request("/health").method("PATCH", HttpRequest.BodyPublishers.noBody()));
    assertEquals(405, refused.status());
    assertTrue(refused.headers().firstValue("Allow").orElse("").contains("HEAD"), "Allow lists HEAD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"published:1987//03", "published:/1987", "published:/", "published:87", "published:1987/13"})
  void malformedDateFiltersAreRefused(String filter) {
    Api.Response response = api.get("/api/search?filter=" + Api.encode(filter));
    assertEquals(400, response.status(), filter + " -> " + response.body());
    assertEquals("invalid_parameter", response.json().getAsJsonObject("error").get("code").getAsString());
  }

  @Test
  void overlongFieldValuesAreRejectedPerItemWithoutTouchingTheOthers() {
    String author = "a".repeat(9000);
    String body = "{\"id\":\"long-author\",\"title\":\"t\",\"author\":\"" + author + "\"}\n"
        + "{\"id\":\"fine-author\",\"title\":\"t\",\"author\":\"" + "b".repeat(512) + "\"}\n"
        + "{\"id\":\"long-tag\",\"title\":\"t\",\"tags\":[\"" + "c".repeat(513) + "\"]}\n";
    Api.Response response = api.post("/api/articles", "application/x-ndjson", body);
    assertEquals(200, response.status(), response.body());
    assertEquals(1, response.json().get("accepted").getAsInt(), response.body());
    assertEquals(200, api.get("/api/articles/fine-author").status());
    assertEquals(404, api.get("/api/articles/long-author").status());
    assertEquals(404, api.get("/api/articles/long-tag").status());
  }
}

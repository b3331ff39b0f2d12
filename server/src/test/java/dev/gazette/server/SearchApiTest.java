package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET} and {@code POST /api/search}: ranking, highlights, facets, filters, sorting, paging, errors. */
class SearchApiTest {
  private static final int SERIES = 30;

  @RegisterExtension static final RunningServer RUNNING = new RunningServer();
  private static Api api;

  @BeforeAll
  static void load() {
    api = RUNNING.api();
    Api.Response load = api.post("/api/articles", "application/json", Articles.array(Articles.series("harvest", SERIES)));
    assertEquals(SERIES, load.json().get("accepted").getAsInt(), load.body());
  }

  @Test
  void withoutAnEmbedderSearchIsByWordsAndMeaningIsRefused() {
    Api.Response plain = api.get("/api/search?q=korea");
    assertEquals("lexical", plain.json().get("mode").getAsString());
    assertTrue(plain.json().get("embedding").isJsonNull());
    Api.Response refused = api.get("/api/search?q=korea&mode=hybrid");
    assertEquals(400, refused.status());
    assertEquals("mode", refused.error().get("parameter").getAsString());
    assertTrue(refused.error().get("message").getAsString().contains("embedder"), refused.body());
  }

  @Test
  void seedArticleComesBackWithMarkedSnippetsAndTheCountryFacet() {
    Api.Response response = api.get("/api/search?q=north+korea&facets=country");
    assertEquals(200, response.status(), response.body());
    assertTrue(Api.ids(response).contains(TestServer.SEED_ID), response.body());
    JsonObject hit = response.hits().get(0).getAsJsonObject();
    assertEquals(TestServer.SEED_ID, hit.get("id").getAsString());
    JsonObject snippets = hit.getAsJsonObject("snippets");
    assertTrue(snippets.get("title").getAsString().contains("<mark>"), response.body());
    assertTrue(snippets.getAsJsonArray("body").get(0).getAsString().contains("<mark>"), response.body());
    assertEquals(3, hit.getAsJsonArray("haiku").size());
    JsonArray countries = response.json().getAsJsonObject("facets").getAsJsonArray("country");
    assertFalse(countries.isEmpty(), response.body());
  }

  @Test
  void postTakesTheSameFieldsAsAJsonBody() {
    Api.Response get = api.get("/api/search?q=barley&filter=topics:grain&size=5&sort=newest&facets=topics");
    Api.Response post = api.post("/api/search", "application/json",
        "{\"q\": \"barley\", \"filter\": [\"topics:grain\"], \"size\": 5, \"sort\": \"newest\", \"facets\": [\"topics\"]}");
    assertEquals(200, post.status(), post.body());
    assertEquals(get.json().get("total"), post.json().get("total"));
    assertEquals(Api.ids(get), Api.ids(post));
    assertEquals(get.json().get("facets"), post.json().get("facets"));
  }

  @Test
  void filtersNarrowAndFacetsCount() {
    Api.Response response = api.get("/api/search?q=barley&filter=topics:grain&facets=topics");
    assertEquals(SERIES / 2, response.json().get("total").getAsLong(), response.body());
    JsonArray topics = response.json().getAsJsonObject("facets").getAsJsonArray("topics");
    JsonObject grain = topics.get(0).getAsJsonObject();
    assertEquals("grain", grain.get("value").getAsString());
    assertEquals(SERIES / 2, grain.get("count").getAsLong());
  }

  @Test
  void datesBoundTheResultsInclusively() {
    Api.Response day = api.get("/api/search?q=barley&from=2024-01-05&to=2024-01-07");
    assertEquals(Set.of("harvest-5", "harvest-6", "harvest-7"), new HashSet<>(Api.ids(day)), day.body());
    Api.Response instant = api.get("/api/search?q=barley&from=2024-01-10T12:00:00Z&to=2024-01-10T12:00:00%2B00:00");
    assertEquals(List.of("harvest-10"), Api.ids(instant), instant.body());
  }

  @Test
  void sortsByDateBothWays() {
    assertEquals(List.of("harvest-30", "harvest-29"), Api.ids(api.get("/api/search?q=barley&sort=newest&size=2")));
    assertEquals(List.of("harvest-1", "harvest-2"), Api.ids(api.get("/api/search?q=barley&sort=oldest&size=2")));
  }

  @Test
  void pagesAndTheCursorWalkEveryHitOnce() {
    List<String> byPage = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      byPage.addAll(Api.ids(api.get("/api/search?q=barley&sort=oldest&size=10&page=" + page)));
    }
    List<String> byCursor = new ArrayList<>();
    Api.Response response = api.get("/api/search?q=barley&sort=oldest&size=10");
    while (true) {
      byCursor.addAll(Api.ids(response));
      JsonElement next = response.json().get("nextCursor");
      if (next.isJsonNull()) {
        break;
      }
      response = api.get("/api/search?q=barley&sort=oldest&size=10&cursor=" + Api.encode(next.getAsString()));
    }
    assertEquals(SERIES, new HashSet<>(byPage).size());
    assertEquals(byPage, byCursor);
  }

  @Test
  void timelineAndTypoToleranceAreCoresOptions() {
    JsonObject timeline = api.get("/api/search?q=barley&timeline=true").json().getAsJsonObject("timeline");
    assertEquals("day", timeline.get("interval").getAsString());
    assertEquals(SERIES, timeline.getAsJsonArray("buckets").size());
    assertTrue(api.get("/api/search?q=barly").json().get("typoTolerant").getAsBoolean());
    assertEquals(0, api.get("/api/search?q=barly&typoTolerance=false").json().get("total").getAsLong());
  }

  @Test
  void highlightingCanBeTurnedOff() {
    Api.Response response = api.get("/api/search?q=barley&highlight=false&size=1");
    assertTrue(response.hits().get(0).getAsJsonObject().get("snippets").isJsonNull(), response.body());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "size=0 | size",
    "size=101 | size",
    "size=ten | size",
    "page=0 | page",
    "page=1001&size=10 | page",
    "from=yesterday | from",
    "to=2024-13-45 | to",
    "from=2024-02-01&to=2024-01-01 | from",
    "facets=nosuch | nosuch",
    "filter=nosuch:x | nosuch",
    "filter=topics | filter",
    "sort=best | sort",
    "operator=xor | operator",
    "highlight=maybe | highlight",
    "timeline=yes | timeline",
    "facetLimit=0 | facetLimit",
    "sise=10 | sise",
    "size=5&size=6 | size",
  })
  void badParametersAre400WithTheParameterNamed(String query, String named) {
    Api.Response response = api.get("/api/search?q=barley&" + query);
    assertEquals(400, response.status(), response.body());
    assertEquals("invalid_parameter", response.errorCode());
    assertTrue(response.error().get("message").getAsString().contains(named), response.body());
  }

  @Test
  void overlongQueryIs400() {
    Api.Response response = api.get("/api/search?q=" + "a".repeat(2_001));
    assertEquals(400, response.status());
    assertTrue(response.error().get("message").getAsString().contains("2000"), response.body());
  }

  @Test
  void bogusCursorIs400() {
    Api.Response response = api.get("/api/search?q=barley&cursor=not-a-cursor");
    assertEquals(400, response.status(), response.body());
  }

  @Test
  void malformedPostBodiesAreRefused() {
    assertEquals("invalid_json", api.post("/api/search", "application/json", "{\"q\": ").errorCode());
    assertEquals("invalid_json", api.post("/api/search", "application/json", "[\"q\"]").errorCode());
    assertEquals("invalid_parameter", api.post("/api/search", "application/json", "{\"q\": {\"a\": 1}}").errorCode());
    assertEquals("invalid_parameter", api.post("/api/search", "application/json", "{\"query\": \"wheat\"}").errorCode());
    Api.Response text = api.post("/api/search", "text/plain", "q=barley");
    assertEquals(415, text.status());
    assertEquals("unsupported_media_type", text.errorCode());
  }

  @Test
  void wrongMethodIs405WithAllow() {
    Api.Response response = api.delete("/api/search");
    assertEquals(405, response.status());
    assertEquals("method_not_allowed", response.errorCode());
    assertEquals("GET, HEAD, POST", response.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void answersAreGzippedWhenAsked() throws Exception {
    HttpRequest request = api.request("/api/search?q=barley&size=20").header("Accept-Encoding", "gzip").GET().build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null));
    String json;
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    OpenApiContract.check("GET", "/api/search", 200, response.headers().firstValue("Content-Type").orElse(null), json);
  }

  @Test
  void keepAliveServesSeveralRequestsOnOneConnection() throws Exception {
    try (Socket socket = new Socket(RUNNING.server().server.uri().getHost(), RUNNING.server().server.uri().getPort())) {
      OutputStream out = socket.getOutputStream();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      for (int i = 0; i < 3; i++) {
        out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertEquals("HTTP/1.1 200 OK", in.readLine());
        int length = 0;
        for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
          assertFalse(line.equalsIgnoreCase("Connection: close"));
          if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).strip());
          }
        }
        char[] body = new char[length];
        assertEquals(length, in.read(body, 0, length));
        assertNotNull(body);
      }
    }
  }
}

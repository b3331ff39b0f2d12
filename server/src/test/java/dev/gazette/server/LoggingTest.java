package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log and the slow-search log, as text and as JSON lines; no keys or article text in either. */
class LoggingTest {
  @TempDir Path data;

  @Test
  void textLogHasOneAccessLineAndSlowSearchesWithTheRequestToRunThemAgain() throws InterruptedException {
    try (TestServer server = TestServer.start(data, Map.of(), "--slow-query-ms", "0")) {
      long total = server.api.get("/api/search?q=korea&sort=newest").json().get("total").getAsLong();
      assertTrue(server.awaitLogLine("SLOW search \\d+ms " + total + " hits GET /api/search\\?q=korea&sort=newest"),
          String.join("\n", server.logLines()));

      server.api.get("/api/articles/forged%0AACCESS%20GET%20/admin");
      assertTrue(server.awaitLogLine("ACCESS GET /api/articles/forged%0AACCESS%20GET%20/admin 404 \\d+ms"),
          String.join("\n", server.logLines()));
      assertTrue(server.logLines().stream().noneMatch(line -> line.contains("\n")), "a request cannot break a log line");
    }
  }

  @Test
  void jsonLogsAreOneObjectPerLineAndASlowSearchCanBeRunAgain() throws InterruptedException {
    String key = "k3y-never-logged";
    String bodyText = "Quokkas of Rottnest held a quiet press conference.";
    try (TestServer server = TestServer.start(data, Map.of("GAZETTE_API_KEY", key), "--slow-query-ms", "0",
        "--log-format", "json")) {
      Api.Response first = server.api.get("/api/search?q=korea&filter=" + Api.encode("country:North Korea"));
      long total = first.json().get("total").getAsLong();
      assertTrue(server.awaitLogLine(".*\"event\":\"slow_search\".*"), String.join("\n", server.logLines()));
      JsonObject slow = entries(server).stream().filter(e -> e.has("event") && e.get("event").getAsString().equals("slow_search"))
          .findFirst().orElseThrow();
      assertAll(
          () -> assertEquals("WARN", slow.get("level").getAsString()),
          () -> assertEquals("korea", slow.get("query").getAsString()),
          () -> assertEquals(List.of("country:North Korea"),
              slow.getAsJsonArray("filters").asList().stream().map(JsonElement::getAsString).toList()),
          () -> assertEquals(total, slow.get("hits").getAsLong()),
          () -> assertTrue(slow.get("millis").getAsLong() >= 0));
      Api.Response again = server.api.get(slow.get("request").getAsString());
      assertEquals(first.body().replaceAll("\"tookMs\":\\d+", ""), again.body().replaceAll("\"tookMs\":\\d+", ""));

      JsonObject article = Articles.article("quiet", "Press conference", "2024-03-01", bodyText, "misc");
      assertEquals(201, server.api.withKey(key).put("/api/articles/quiet", article.toString()).status());
      assertTrue(server.awaitLogLine(".*\"path\":\"/api/articles/quiet\",\"status\":201.*"), String.join("\n", server.logLines()));
      JsonObject access = entries(server).stream()
          .filter(e -> e.has("path") && e.get("path").getAsString().equals("/api/articles/quiet")).findFirst().orElseThrow();
      assertAll(
          () -> assertEquals("access", access.get("event").getAsString()),
          () -> assertEquals("PUT", access.get("method").getAsString()),
          () -> assertEquals(201, access.get("status").getAsInt()),
          () -> assertTrue(access.has("millis") && access.has("time")));
      assertTrue(server.logLines().stream().noneMatch(line -> line.contains(key) || line.contains("Quokkas")),
          String.join("\n", server.logLines()));
    }
  }

  /** Every log line so far as a JSON object; fails on any line that is not one, with a time and a level. */
  private static List<JsonObject> entries(TestServer server) {
    return server.logLines().stream().map(line -> {
      JsonObject entry = JsonParser.parseString(line).getAsJsonObject();
      assertTrue(entry.has("time") && entry.has("level"), line);
      return entry;
    }).toList();
  }
}

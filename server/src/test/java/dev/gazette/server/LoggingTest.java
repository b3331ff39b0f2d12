package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access log and the slow-search log through their named loggers, as text in-process and as
 * JSON lines from a server process started as {@code ./gazette serve} starts it; no keys or article
 * text in either; an operator's own {@code logback.xml} in place of the bundled one.
 */
class LoggingTest {
  /** What the JVM itself prints about {@code --add-modules jdk.incubator.vector}, outside any logger. */
  private static final String JVM_NOTICE = "WARNING: Using incubator modules";

  @TempDir Path data;

  @Test
  void textLogHasOneAccessLineAndSlowSearchesWithTheRequestToRunThemAgain() throws InterruptedException {
    try (TestServer server = TestServer.start(data, Map.of(), "--slow-query-ms", "0")) {
      long total = server.api.get("/api/search?q=korea&sort=newest").json().get("total").getAsLong();
      assertTrue(server.awaitLogLine("WARN gazette.slow-query \\d+ms " + total + " hits GET /api/search\\?q=korea&sort=newest"),
          String.join("\n", server.logLines()));

      server.api.get("/api/articles/forged%0AACCESS%20GET%20/admin");
      assertTrue(server.awaitLogLine("INFO gazette.access GET /api/articles/forged%0AACCESS%20GET%20/admin 404 \\d+ms"),
          String.join("\n", server.logLines()));
      assertTrue(server.logLines().stream().noneMatch(line -> line.contains("\n")), "a request cannot break a log line");
    }
  }

  @Test
  void jsonLogsAreOneObjectPerLineAndASlowSearchCanBeRunAgain(@TempDir Path keys) throws Exception {
    String key = "k3y-never-logged";
    String bodyText = "Quokkas of Rottnest held a quiet press conference.";
    Path keyFile = Files.writeString(keys.resolve("api.key"), key);
    try (ServerProcess server = ServerProcess.start(data, "--slow-query-ms", "0", "--log-format", "json",
        "--api-key-file", keyFile.toString())) {
      Api api = new Api(server.uri);
      Api.Response first = api.get("/api/search?q=korea&filter=" + Api.encode("country:North Korea"));
      long total = first.json().get("total").getAsLong();
      JsonObject slow = await(server, e -> e.get("logger").getAsString().equals(Log.SLOW_QUERY));
      assertAll(
          () -> assertEquals("WARN", slow.get("level").getAsString()),
          () -> assertEquals("korea", slow.get("query").getAsString()),
          () -> assertEquals(List.of("country:\"North Korea\""),
              slow.getAsJsonArray("filters").asList().stream().map(JsonElement::getAsString).toList()),
          () -> assertEquals(total, slow.get("hits").getAsLong()),
          () -> assertTrue(slow.get("millis").getAsLong() >= 0));
      Api.Response again = api.get(slow.get("request").getAsString());
      assertEquals(first.body().replaceAll("\"tookMs\":\\d+", ""), again.body().replaceAll("\"tookMs\":\\d+", ""));

      JsonObject article = Articles.article("quiet", "Press conference", "2024-03-01", bodyText, "misc");
      assertEquals(201, api.withKey(key).put("/api/articles/quiet", article.toString()).status());
      JsonObject access = await(server, e -> e.has("path") && e.get("path").getAsString().equals("/api/articles/quiet"));
      assertAll(
          () -> assertEquals(Log.ACCESS, access.get("logger").getAsString()),
          () -> assertEquals("PUT", access.get("method").getAsString()),
          () -> assertEquals(201, access.get("status").getAsInt()),
          () -> assertEquals("PUT /api/articles/quiet 201 " + access.get("millis").getAsLong() + "ms",
              access.get("message").getAsString()),
          () -> assertTrue(access.has("time")));

      server.process.toHandle().destroy();
      assertEquals(143, server.waitFor(), server.output());
      assertTrue(entries(server).stream().anyMatch(e -> e.get("message").getAsString().equals("index committed and closed")),
          "the graceful shutdown is logged as JSON too:\n" + server.output());
      assertTrue(!server.output().contains(key) && !server.output().contains("Quokkas"), server.output());
    }
  }

  @Test
  void anOperatorsOwnLogbackXmlReplacesTheBundledOne(@TempDir Path config) throws Exception {
    Path accessLog = config.resolve("access.log");
    Path file = Files.writeString(config.resolve("logback.xml"), """
        <configuration>
          <appender name="access-file" class="ch.qos.logback.core.FileAppender">
            <file>%s</file>
            <encoder><pattern>%%logger|%%msg%%n</pattern></encoder>
          </appender>
          <include resource="logback-gazette-text.xml"/>
          <logger name="gazette.access" level="INFO" additivity="false"><appender-ref ref="access-file"/></logger>
          <root level="INFO"><appender-ref ref="console"/></root>
        </configuration>
        """.formatted(accessLog));
    try (ServerProcess server = ServerProcess.start(data, List.of("-Dlogback.configurationFile=" + file))) {
      assertEquals(200, new Api(server.uri).get("/health").status());
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!(Files.exists(accessLog) && Files.readString(accessLog).contains("gazette.access|GET /health 200 "))) {
        assertTrue(System.nanoTime() < deadline, "no access line in the operator's file:\n" + server.output());
        Thread.sleep(20);
      }
      assertTrue(server.output().lines().noneMatch(line -> line.contains("gazette.access")), server.output());
      assertTrue(server.output().lines().anyMatch(line -> line.matches("\\S+Z INFO gazette ready: .*")), server.output());
    }
  }

  /** Waits for the first log entry matching {@code wanted}. */
  private static JsonObject await(ServerProcess server, Predicate<JsonObject> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      var found = entries(server).stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no such log entry in:\n" + server.output());
  }

  /** Every line of the process's output as a JSON object; fails on any line that is not one, with a time, level, logger and message. */
  private static List<JsonObject> entries(ServerProcess server) {
    return server.output().lines().filter(line -> !line.startsWith(JVM_NOTICE)).map(line -> {
      JsonObject entry = JsonParser.parseString(line).getAsJsonObject();
      assertTrue(entry.has("time") && entry.has("level") && entry.has("logger") && entry.has("message"), line);
      return entry;
    }).toList();
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** The JSON log format: one object per line, typed key-value fields, a fault's stack trace as text. */
class JsonLogEncoderTest {
  private static final LoggerContext CONTEXT = (LoggerContext) LoggerFactory.getILoggerFactory();

  @Test
  void keyValuePairsBecomeTypedFieldsOnOneLine() {
    LoggingEvent event = event(Level.WARN, Log.SLOW_QUERY, "612ms 3 hits GET /api/search?q=a%0Ab", null);
    event.addKeyValuePair(new KeyValuePair("millis", 612L));
    event.addKeyValuePair(new KeyValuePair("query", "a\nb & <c>"));
    event.addKeyValuePair(new KeyValuePair("filters", List.of("country:Japan")));
    event.addKeyValuePair(new KeyValuePair("cursor", null));
    String line = encode(event);
    assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, line);
    JsonObject entry = JsonParser.parseString(line).getAsJsonObject();
    assertAll(
        () -> assertEquals("WARN", entry.get("level").getAsString()),
        () -> assertEquals(Log.SLOW_QUERY, entry.get("logger").getAsString()),
        () -> assertEquals("612ms 3 hits GET /api/search?q=a%0Ab", entry.get("message").getAsString()),
        () -> assertEquals(612, entry.get("millis").getAsJsonPrimitive().getAsNumber().intValue()),
        () -> assertTrue(entry.get("millis").getAsJsonPrimitive().isNumber()),
        () -> assertEquals("a\nb & <c>", entry.get("query").getAsString()),
        () -> assertEquals("country:Japan", entry.getAsJsonArray("filters").get(0).getAsString()),
        () -> assertTrue(entry.get("cursor").isJsonNull()),
        () -> assertTrue(line.contains("b & <c>"), "no HTML escaping: " + line),
        () -> assertFalse(entry.has("exception")));
  }

  @Test
  void aFaultCarriesItsStackTraceAsOneField() {
    String line = encode(event(Level.ERROR, Log.APPLICATION, "GET /api/search failed", new IllegalStateException("boom")));
    assertEquals(1, line.lines().count(), line);
    JsonObject entry = JsonParser.parseString(line).getAsJsonObject();
    String trace = entry.get("exception").getAsString();
    assertTrue(trace.startsWith("java.lang.IllegalStateException: boom"), trace);
    assertTrue(trace.contains("at dev.gazette.server.JsonLogEncoderTest.aFaultCarriesItsStackTraceAsOneField"), trace);
    assertTrue(entry.get("time").getAsString().endsWith("Z"), line);
  }

  private static LoggingEvent event(Level level, String logger, String message, Throwable thrown) {
    return new LoggingEvent(JsonLogEncoderTest.class.getName(), CONTEXT.getLogger(logger), level, message, thrown, null);
  }

  private static String encode(LoggingEvent event) {
    JsonLogEncoder encoder = new JsonLogEncoder();
    encoder.setContext(CONTEXT);
    encoder.start();
    return new String(encoder.encode(event), StandardCharsets.UTF_8);
  }
}

package dev.gazette.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The log as JSON lines: every message one object with {@code time}, {@code level} and either a
 * {@code message} or, for the access and slow-search logs, an {@code event} with its fields.
 */
final class JsonLog implements Log {
  private final Consumer<String> lines;

  JsonLog(Consumer<String> lines) {
    this.lines = lines;
  }

  @Override
  public void line(String text) {
    message("INFO", text);
  }

  @Override
  public void info(String message) {
    message("INFO", message);
  }

  @Override
  public void warn(String message) {
    message("WARN", message);
  }

  @Override
  public void error(String message, Throwable cause) {
    JsonObject entry = entry("ERROR");
    entry.addProperty("message", message);
    entry.addProperty("exception", Log.stackTrace(cause));
    write(entry);
  }

  @Override
  public void access(String method, String path, int status, long millis) {
    JsonObject entry = event("INFO", "access");
    entry.addProperty("method", method);
    entry.addProperty("path", path);
    entry.addProperty("status", status);
    entry.addProperty("millis", millis);
    write(entry);
  }

  @Override
  public void slowSearch(long millis, long hits, String query, List<String> filters, String request) {
    JsonObject entry = event("WARN", "slow_search");
    entry.addProperty("millis", millis);
    entry.addProperty("hits", hits);
    entry.addProperty("query", query);
    JsonArray filterArray = new JsonArray();
    filters.forEach(filterArray::add);
    entry.add("filters", filterArray);
    entry.addProperty("request", request);
    write(entry);
  }

  private void message(String level, String message) {
    JsonObject entry = entry(level);
    entry.addProperty("message", message);
    write(entry);
  }

  private static JsonObject event(String level, String event) {
    JsonObject entry = entry(level);
    entry.addProperty("event", event);
    return entry;
  }

  private static JsonObject entry(String level) {
    JsonObject entry = new JsonObject();
    entry.addProperty("time", Instant.now().toString());
    entry.addProperty("level", level);
    return entry;
  }

  private void write(JsonObject entry) {
    lines.accept(entry.toString());
  }
}

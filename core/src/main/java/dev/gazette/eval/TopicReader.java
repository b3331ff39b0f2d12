package dev.gazette.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads topics (queries) from tab-separated {@code id<TAB>text} lines or from JSON Lines, chosen
 * by the file name's extension.
 */
final class TopicReader {
  private static final List<String> ID_FIELDS = List.of("id", "qid");
  private static final List<String> TEXT_FIELDS = List.of("text", "query", "title");

  private TopicReader() {}

  /** The topics of {@code file}, in file order: JSON Lines for {@code .jsonl} and {@code .json}, else TSV. */
  static List<Topic> read(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean json = name.endsWith(".jsonl") || name.endsWith(".json");
    List<Topic> topics = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    NumberedLines.read(file, "topics", (number, line) -> {
      Topic topic = json ? fromJson(line) : fromTsv(line);
      if (!ids.add(topic.id())) {
        throw new IllegalArgumentException("topic " + topic.id() + " is listed twice");
      }
      topics.add(topic);
    });
    return topics;
  }

  private static Topic fromTsv(String line) {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new IllegalArgumentException("expected 'id<TAB>text', found no tab: " + line.strip());
    }
    return new Topic(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
  }

  private static Topic fromJson(String line) {
    JsonObject object;
    try {
      JsonElement element = JsonParser.parseString(line);
      if (!element.isJsonObject()) {
        throw new IllegalArgumentException("expected one JSON object per line (JSON Lines)");
      }
      object = element.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
    return new Topic(field(object, ID_FIELDS), field(object, TEXT_FIELDS));
  }

  private static String field(JsonObject object, List<String> names) {
    for (String name : names) {
      JsonElement value = object.get(name);
      if (value != null && !value.isJsonNull()) {
        if (!value.isJsonPrimitive()) {
          throw new IllegalArgumentException("field '" + name + "' must be a string or a number");
        }
        return value.getAsString().strip();
      }
    }
    throw new IllegalArgumentException("expected a field named " + String.join(" or ", names));
  }
}

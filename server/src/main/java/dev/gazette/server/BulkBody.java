package dev.gazette.server;

import com.google.gson.JsonElement;
import java.util.List;

/** Splits a bulk-load body into the JSON text of each item: the elements of an array, or NDJSON lines. */
final class BulkBody {
  private BulkBody() {}

  /**
   * The items of {@code body}: a body starting with {@code [} is one JSON array (400 if malformed as
   * a whole); anything else is NDJSON, one item per non-blank line, each read on its own.
   */
  static List<String> items(String body) {
    String text = body.strip();
    List<String> items;
    if (text.startsWith("[")) {
      JsonElement array = Json.parse(text);
      items = array.getAsJsonArray().asList().stream().map(JsonElement::toString).toList();
    } else {
      items = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
    if (items.isEmpty()) {
      throw ApiException.invalidJson("the body holds no articles; send a JSON array or one JSON object per line");
    }
    return items;
  }
}

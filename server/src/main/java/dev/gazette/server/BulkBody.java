package dev.gazette.server;

import com.google.gson.JsonElement;
import java.util.List;

/** Splits a bulk-load body into the JSON text of each item: the elements of an array, or NDJSON lines. */
final class BulkBody {
  /** The most articles one bulk request may carry. */
  static final int MAX_ITEMS = 10_000;

  private BulkBody() {}

  /**
   * The items of {@code body}: a body starting with {@code [} is one JSON array (400 if malformed as
   * a whole, or longer than {@link Json#MAX_ARRAY_LENGTH}); anything else is NDJSON, one item per
   * non-blank line, each read on its own; 413 {@code too_many_items} beyond {@link #MAX_ITEMS}.
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
    if (items.size() > MAX_ITEMS) {
      throw new ApiException(413, "too_many_items", "the body holds " + items.size() + " articles; send at most "
          + MAX_ITEMS + " per request");
    }
    if (items.isEmpty()) {
      throw ApiException.invalidJson("the body holds no articles; send a JSON array or one JSON object per line");
    }
    return items;
  }
}

package dev.gazette.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.Filter;
import dev.gazette.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code filter} of a {@code POST /api/search} body as core's {@link Filter}s: a string is one
 * filter in the text grammar; an array holds filters as separate {@code filter} parameters do (one
 * dimension's selections OR-ed, the rest AND-ed); an object {@code {"all": [...], "any": [...],
 * "not": [...]}} is one filter whose items (strings or such objects) must all hold, at least one
 * hold, and none hold, its keys AND-ed.
 */
final class FilterJson {
  private FilterJson() {}

  /** The top-level filters {@code json} describes. */
  static List<Filter> read(JsonElement json) {
    if (json.isJsonNull()) {
      return List.of();
    }
    if (json.isJsonArray()) {
      List<Filter> filters = new ArrayList<>();
      json.getAsJsonArray().forEach(item -> filters.add(item(item)));
      return filters;
    }
    return List.of(item(json));
  }

  private static Filter item(JsonElement item) {
    if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
      return Filter.parse(item.getAsString());
    }
    if (item.isJsonObject()) {
      return object(item.getAsJsonObject());
    }
    throw invalid("a filter is a string such as \"topics:grain OR topics:wheat\" or an object such as "
        + "{\"any\": [\"topics:grain\", \"topics:wheat\"], \"not\": [\"places:usa\"]}, not " + item);
  }

  private static Filter object(JsonObject object) {
    if (object.isEmpty()) {
      throw invalid("a filter object needs \"all\", \"any\" or \"not\"");
    }
    List<Filter> parts = new ArrayList<>();
    for (Map.Entry<String, JsonElement> key : object.entrySet()) {
      List<Filter> items = items(key.getKey(), key.getValue());
      switch (key.getKey()) {
        case "all" -> parts.add(Filter.allOf(items));
        case "any" -> parts.add(Filter.anyOf(items));
        case "not" -> parts.add(Filter.allOf(items.stream().map(Filter::not).toList()));
        default -> throw invalid("a filter object takes \"all\", \"any\" and \"not\", not \"" + key.getKey() + "\"");
      }
    }
    return Filter.allOf(parts);
  }

  private static List<Filter> items(String key, JsonElement value) {
    List<Filter> items = new ArrayList<>();
    (value.isJsonArray() ? value.getAsJsonArray().asList() : List.of(value)).forEach(item -> items.add(item(item)));
    if (items.isEmpty()) {
      throw invalid("\"" + key + "\" needs at least one filter");
    }
    return items;
  }

  private static InvalidRequestException invalid(String message) {
    return new InvalidRequestException("filter", message);
  }
}

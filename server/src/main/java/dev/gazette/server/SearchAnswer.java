package dev.gazette.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.gazette.Filter;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON answer of a search: what was asked ({@code query}, {@code page}, {@code size}, {@code
 * sort}, {@code filter} as the grammar writes each, {@code from}, {@code to}, {@code fields}), so a
 * client can render its state from the answer alone, then the result. A hit's {@code haiku} is left
 * out when the article has none, and its {@code fields} when the request named none.
 */
final class SearchAnswer {
  private SearchAnswer() {}

  /** The answer to {@code request}, which found {@code result}. */
  static JsonObject of(SearchRequest request, SearchResult result) {
    JsonObject answer = new JsonObject();
    answer.addProperty("query", request.query());
    answer.addProperty("page", request.page());
    answer.addProperty("size", request.size());
    answer.addProperty("sort", request.sort().name().toLowerCase(Locale.ROOT));
    JsonArray filters = new JsonArray();
    request.filters().stream().map(Filter::text).forEach(filters::add);
    answer.add("filter", filters);
    answer.add("from", instant(request.from()));
    answer.add("to", instant(request.to()));
    JsonArray fields = new JsonArray();
    request.fields().forEach(fields::add);
    answer.add("fields", fields);
    result(result, !request.fields().isEmpty()).entrySet().forEach(entry -> answer.add(entry.getKey(), entry.getValue()));
    return answer;
  }

  /** {@code result} as JSON, each hit without an empty {@code haiku}, and without {@code fields} unless {@code withFields}. */
  static JsonObject result(SearchResult result, boolean withFields) {
    JsonObject found = Json.tree(result);
    found.addProperty("mode", result.mode().name().toLowerCase(Locale.ROOT));
    for (JsonElement element : found.getAsJsonArray("hits")) {
      JsonObject hit = element.getAsJsonObject();
      if (hit.getAsJsonArray("haiku").isEmpty()) {
        hit.remove("haiku");
      }
      if (!withFields) {
        hit.remove("fields");
      }
    }
    return found;
  }

  /** {@code instant} as the server writes every instant (ISO-8601), or JSON {@code null}. */
  private static JsonElement instant(Instant instant) {
    return instant == null ? JsonNull.INSTANCE : new JsonPrimitive(instant.toString());
  }
}

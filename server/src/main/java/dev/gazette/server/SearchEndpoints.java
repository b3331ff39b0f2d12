package dev.gazette.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.DataFolder;
import dev.gazette.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/search} (query string) and {@code POST /api/search} (the same fields as JSON). */
final class SearchEndpoints {
  private final DataFolder data;

  SearchEndpoints(DataFolder data) {
    this.data = data;
  }

  /** Searches with the query-string parameters. */
  Reply get(Call call) {
    return search(call.query());
  }

  /** Searches with the fields of a JSON object body. */
  Reply post(Call call) {
    JsonElement body = Json.parse(call.body(Set.of("application/json")));
    if (!body.isJsonObject()) {
      throw ApiException.invalidJson("the search body must be a JSON object such as {\"q\": \"north korea\"}");
    }
    return search(fields(body.getAsJsonObject()));
  }

  private Reply search(Map<String, List<String>> params) {
    SearchRequest request = SearchParams.parse(params);
    return Reply.ok(data.withLive(gazette -> gazette.search(request)));
  }

  /** A JSON body as parameters: each field's value, or each item of an array value, as text. */
  private static Map<String, List<String>> fields(JsonObject body) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> field : body.entrySet()) {
      List<String> values = new ArrayList<>();
      JsonElement value = field.getValue();
      for (JsonElement item : value.isJsonArray() ? value.getAsJsonArray().asList() : List.of(value)) {
        if (item.isJsonPrimitive()) {
          values.add(item.getAsString());
        } else if (!item.isJsonNull()) {
          throw ApiException.invalidParameter(field.getKey() + " must be a string, number, boolean or an array of them");
        }
      }
      params.put(field.getKey(), values);
    }
    return params;
  }
}

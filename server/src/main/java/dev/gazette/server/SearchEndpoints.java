package dev.gazette.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.Filter;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.store.DataFolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/search} (query string) and {@code POST /api/search} (the same fields as JSON, the
 * filter also as a JSON structure: {@link FilterJson}), each search timed for the metrics and the
 * slow-search log.
 */
final class SearchEndpoints {
  private final DataFolder data;
  private final SearchMetrics metrics;
  private final SlowQueryLog slowQueries;

  SearchEndpoints(DataFolder data, SearchMetrics metrics, SlowQueryLog slowQueries) {
    this.data = data;
    this.metrics = metrics;
    this.slowQueries = slowQueries;
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
    JsonObject fields = body.getAsJsonObject().deepCopy();
    JsonElement filter = fields.remove("filter");
    Map<String, List<String>> params = fields(fields);
    if (filter != null) {
      params.put("filter", FilterJson.read(filter).stream().map(Filter::text).toList());
    }
    return search(params);
  }

  private Reply search(Map<String, List<String>> params) {
    SearchRequest request = SearchParams.parse(params);
    long start = System.nanoTime();
    SearchResult result = data.withLive(gazette -> gazette.search(request));
    long nanos = System.nanoTime() - start;
    metrics.record(request, nanos);
    slowQueries.check(params, request, result, nanos);
    return Reply.ok(SearchAnswer.of(request, result));
  }

  /** A JSON body as parameters: each field's value, or each item of an array value, as text. */
  static Map<String, List<String>> fields(JsonObject body) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> field : body.entrySet()) {
      List<String> values = new ArrayList<>();
      JsonElement value = field.getValue();
      for (JsonElement item : value.isJsonArray() ? value.getAsJsonArray().asList() : List.of(value)) {
        if (item.isJsonPrimitive()) {
          values.add(item.getAsString());
        } else if (!item.isJsonNull()) {
          throw ApiException.invalidParameter(field.getKey(), field.getKey() + " must be a string, number, boolean or an array of them");
        }
      }
      params.put(field.getKey(), values);
    }
    return params;
  }
}

package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/** Small builders of OpenSearch's JSON query language, shared by the query and facet translations. */
final class OpenSearchJson {
  private OpenSearchJson() {}

  /** The one alternative, or a {@code bool} query any of them satisfies. */
  static JsonObject anyOf(List<JsonObject> alternatives) {
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    JsonArray should = new JsonArray();
    alternatives.forEach(should::add);
    JsonObject bool = new JsonObject();
    bool.add("should", should);
    return wrap("bool", bool);
  }

  /** {@code {name: inner}}. */
  static JsonObject wrap(String name, JsonObject inner) {
    return single(name, inner);
  }

  /** {@code {name: value}}. */
  static JsonObject single(String name, JsonElement value) {
    JsonObject outer = new JsonObject();
    outer.add(name, value);
    return outer;
  }

  /** A one-element array. */
  static JsonArray array(JsonObject element) {
    JsonArray array = new JsonArray();
    array.add(element);
    return array;
  }

  /** An array of strings. */
  static JsonArray strings(String... values) {
    JsonArray array = new JsonArray();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  /** A {@code _search} body of no hits and the one aggregation {@code name}, of {@code type} with {@code params}. */
  static JsonObject aggregation(String name, String type, JsonObject params) {
    JsonObject aggs = new JsonObject();
    aggs.add(name, wrap(type, params));
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("aggs", aggs);
    return body;
  }
}

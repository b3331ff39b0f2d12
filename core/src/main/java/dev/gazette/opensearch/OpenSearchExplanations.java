package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.array;
import static dev.gazette.opensearch.OpenSearchJson.single;
import static dev.gazette.opensearch.OpenSearchJson.strings;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * Why one article scores as it does, asked of OpenSearch as a search for that article alone with
 * {@code explain}: run with {@code dfs_query_then_fetch}, as every search is, the explanation uses
 * the term statistics of all shards and so adds up to the hit's score, where {@code _explain} would
 * use the statistics of the one shard holding the article.
 */
public final class OpenSearchExplanations {
  private OpenSearchExplanations() {}

  /** The {@code _search} body explaining how the article {@code id} scores for {@code query}. */
  public static JsonObject body(JsonObject query, String id) {
    JsonObject bool = new JsonObject();
    bool.add("must", array(query));
    bool.add("filter", array(wrap("ids", single("values", strings(id)))));
    JsonObject body = new JsonObject();
    body.add("query", wrap("bool", bool));
    body.addProperty("explain", true);
    body.addProperty("size", 1);
    body.addProperty("_source", false);
    return body;
  }

  /** The explanation in the answer to {@link #body}, as OpenSearch's JSON; empty when the article does not match. */
  public static Optional<String> of(JsonObject response) {
    JsonArray hits = response.getAsJsonObject("hits").getAsJsonArray("hits");
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0).getAsJsonObject().get("_explanation").toString());
  }
}

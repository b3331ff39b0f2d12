package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.array;
import static dev.gazette.opensearch.OpenSearchJson.strings;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonObject;
import dev.gazette.analysis.Schema;

/** Related articles in OpenSearch's language: {@code more_like_this} on the title and body of one article. */
final class OpenSearchRelated {
  private OpenSearchRelated() {}

  /** The {@code _search} body of up to {@code size} articles like {@code id} in index {@code index}. */
  static JsonObject body(String index, String id, int size) {
    JsonObject like = new JsonObject();
    like.addProperty("_index", index);
    like.addProperty("_id", id);
    JsonObject mlt = new JsonObject();
    mlt.add("fields", strings(Schema.TITLE, Schema.BODY));
    mlt.add("like", array(like));
    mlt.addProperty("min_term_freq", 1);
    mlt.addProperty("min_doc_freq", 2);
    JsonObject body = new JsonObject();
    body.add("query", wrap("more_like_this", mlt));
    body.addProperty("size", size);
    body.addProperty("track_total_hits", true);
    return body;
  }
}

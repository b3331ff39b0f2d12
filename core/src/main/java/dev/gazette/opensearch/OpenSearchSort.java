package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.SearchRequest;
import dev.gazette.analysis.Schema;
import dev.gazette.search.SortOrder;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/** Core's sort orders in OpenSearch's language, and a hit's sort values back as core's cursor holds them. */
public final class OpenSearchSort {
  private OpenSearchSort() {}

  /** The sort values of a hit as core's cursor holds them. */
  public static FieldDoc sortValues(JsonArray sort, SearchRequest.Sort order) {
    Object first = SortOrder.isScored(order) ? (Object) sort.get(0).getAsFloat() : (Object) sort.get(0).getAsLong();
    return new FieldDoc(0, Float.NaN, new Object[] {first, new BytesRef(sort.get(1).getAsString())});
  }

  /** The sort of hits as core sorts them: by score or date, ties by id. */
  static JsonArray of(SearchRequest.Sort order) {
    JsonObject byId = new JsonObject();
    byId.add(Schema.ID, order("asc", null));
    JsonObject first = new JsonObject();
    switch (order) {
      case RELEVANCE, RECENCY -> first.add("_score", order("desc", null));
      case NEWEST -> first.add(Schema.PUBLISHED, order("desc", "_last"));
      case OLDEST -> first.add(Schema.PUBLISHED, order("asc", "_last"));
    }
    JsonArray sort = new JsonArray();
    sort.add(first);
    sort.add(byId);
    return sort;
  }

  private static JsonObject order(String direction, String missing) {
    JsonObject order = new JsonObject();
    order.addProperty("order", direction);
    if (missing != null) {
      order.addProperty("missing", missing);
    }
    return order;
  }
}

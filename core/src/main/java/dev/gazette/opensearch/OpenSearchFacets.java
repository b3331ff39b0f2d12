package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.single;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.gazette.analysis.Schema;
import dev.gazette.plan.QueryPlan;
import dev.gazette.search.FilterPlan;
import java.util.TreeSet;

/**
 * Facet counts in OpenSearch's language: each dimension's counts are a {@code terms} aggregation
 * (dates: a daily {@code date_histogram}) under the selections of the other dimensions
 * ({@link OpenSearchFilters#selections}), multi-select as Lucene's drill-sideways counts them.
 */
final class OpenSearchFacets {
  /** The aggregation counting the matches per day for the timeline. */
  static final String TIMELINE = "timeline";
  /** Prefix of the aggregation counting one facet dimension. */
  static final String FACET_AGG = "facet:";
  /** Name of the inner aggregation of each filtered one. */
  static final String VALUES = "values";
  /** Values each shard reports per dimension at least, so the counts summed over shards are exact. */
  private static final int SHARD_FACET_VALUES = 2_000;

  private OpenSearchFacets() {}

  /** The aggregations of {@code shown}: its facet counts and, if asked, its timeline, under {@code plan}'s selections. */
  static JsonObject aggregations(QueryPlan.Shown shown, FilterPlan plan) {
    JsonObject aggs = new JsonObject();
    for (String dim : new TreeSet<>(shown.facets())) {
      aggs.add(FACET_AGG + dim, under(OpenSearchFilters.selections(plan, dim),
          counts(dim, shown.facetLimit())));
    }
    if (shown.timeline()) {
      aggs.add(TIMELINE, under(OpenSearchFilters.selections(plan, null), perDay()));
    }
    return aggs;
  }

  private static JsonObject under(JsonObject filter, JsonObject values) {
    JsonObject aggs = new JsonObject();
    aggs.add(VALUES, values);
    JsonObject agg = new JsonObject();
    agg.add("filter", filter);
    agg.add("aggs", aggs);
    return agg;
  }

  private static JsonObject counts(String dim, int limit) {
    if (dim.equals(Schema.PUBLISHED)) {
      return perDay();
    }
    JsonObject terms = new JsonObject();
    terms.addProperty("field", OpenSearchMapping.FACET + "." + dim);
    terms.addProperty("size", limit);
    terms.addProperty("shard_size", Math.max(SHARD_FACET_VALUES, limit * 2));
    JsonArray order = new JsonArray();
    order.add(single("_count", new JsonPrimitive("desc")));
    order.add(single("_key", new JsonPrimitive("asc")));
    terms.add("order", order);
    return wrap("terms", terms);
  }

  private static JsonObject perDay() {
    JsonObject histogram = new JsonObject();
    histogram.addProperty("field", Schema.PUBLISHED);
    histogram.addProperty("calendar_interval", "day");
    histogram.addProperty("min_doc_count", 1);
    histogram.addProperty("format", "yyyy-MM-dd");
    return wrap("date_histogram", histogram);
  }
}

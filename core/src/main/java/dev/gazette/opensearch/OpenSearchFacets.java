package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.anyOf;
import static dev.gazette.opensearch.OpenSearchJson.single;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.FacetFilter;
import dev.gazette.analysis.Schema;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Facet filters and counts in OpenSearch's language: each dimension's counts are a {@code terms}
 * aggregation (dates: a daily {@code date_histogram}) under the filters of the other dimensions,
 * multi-select as Lucene's drill-sideways counts them; the filters themselves are the search's
 * {@code post_filter}.
 */
final class OpenSearchFacets {
  /** Values each shard reports per dimension at least, so the counts summed over shards are exact. */
  private static final int SHARD_FACET_VALUES = 2_000;

  private OpenSearchFacets() {}

  /** The aggregations of {@code request}: its facet counts and, if asked, its timeline. */
  static JsonObject aggregations(SearchRequest request) {
    JsonObject aggs = new JsonObject();
    for (String dim : new TreeSet<>(request.facets())) {
      aggs.add(OpenSearchQueries.FACET_AGG + dim, under(filters(request.filters(), dim),
          counts(dim, request.facetLimit())));
    }
    if (request.timeline()) {
      aggs.add(OpenSearchQueries.TIMELINE, under(filters(request.filters(), null), perDay()));
    }
    return aggs;
  }

  /** The facet filters of every dimension but {@code except}: values of one dimension OR-ed, dimensions AND-ed. */
  static JsonObject filters(List<FacetFilter> filters, String except) {
    Map<String, List<JsonObject>> byDimension = new LinkedHashMap<>();
    for (FacetFilter filter : filters) {
      if (!filter.dimension().equals(except)) {
        byDimension.computeIfAbsent(filter.dimension(), d -> new ArrayList<>())
            .add(value(filter.dimension(), filter.value()));
      }
    }
    JsonArray all = new JsonArray();
    byDimension.values().forEach(values -> all.add(anyOf(values)));
    JsonObject bool = new JsonObject();
    bool.add("filter", all);
    return wrap("bool", bool);
  }

  /** Articles whose {@code dimension} holds {@code value} (for dates: published in the year, month or day). */
  static JsonObject value(String dimension, String value) {
    if (!dimension.equals(Schema.PUBLISHED)) {
      return wrap("term", single(OpenSearchMapping.FACET + "." + dimension, new JsonPrimitive(value)));
    }
    String[] path = value.split("/");
    try {
      LocalDate first = switch (path.length) {
        case 1 -> LocalDate.of(Integer.parseInt(path[0]), 1, 1);
        case 2 -> LocalDate.of(Integer.parseInt(path[0]), Integer.parseInt(path[1]), 1);
        case 3 -> LocalDate.of(Integer.parseInt(path[0]), Integer.parseInt(path[1]), Integer.parseInt(path[2]));
        default -> null;
      };
      boolean padded = path[0].length() == 4 && (path.length < 2 || path[1].length() == 2)
          && (path.length < 3 || path[2].length() == 2);
      if (first != null && padded) {
        LocalDate end = path.length == 1 ? first.plusYears(1) : path.length == 2 ? first.plusMonths(1) : first.plusDays(1);
        JsonObject range = new JsonObject();
        range.addProperty("gte", first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        range.addProperty("lt", end.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        range.addProperty("format", "epoch_millis");
        return wrap("range", single(Schema.PUBLISHED, range));
      }
    } catch (NumberFormatException | DateTimeException e) {
      // Not a date path: it matches nothing, as on the embedded index.
    }
    return wrap("match_none", new JsonObject());
  }

  private static JsonObject under(JsonObject filter, JsonObject values) {
    JsonObject aggs = new JsonObject();
    aggs.add(OpenSearchQueries.VALUES, values);
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

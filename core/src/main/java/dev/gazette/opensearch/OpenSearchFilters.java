package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.single;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.gazette.Filter;
import dev.gazette.Filter.Term;
import dev.gazette.analysis.Schema;
import dev.gazette.search.FilterPlan;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A {@link Filter} in OpenSearch's query language, as core's {@code FilterQueries} builds it for
 * Lucene: a term on the {@code facet.*} keyword field (dates as a range of the year, month or day),
 * {@code OR} as {@code bool.should}, {@code AND} as {@code bool.filter}, {@code NOT} as {@code
 * bool.must_not}; and the facet selections of a {@link FilterPlan}, all or all but one dimension's.
 */
final class OpenSearchFilters {
  private OpenSearchFilters() {}

  /** The articles {@code filter} keeps. */
  static JsonObject of(Filter filter) {
    return switch (filter) {
      case Term term -> facetValue(term.dimension(), term.value());
      case Filter.AnyOf any -> bool("should", any.filters());
      case Filter.AllOf all -> bool("filter", all.filters());
      case Filter.Not not -> bool("must_not", List.of(not.filter()));
    };
  }

  /** The facet selections of {@code plan} of every dimension but {@code except}: each dimension's values OR-ed, dimensions AND-ed. */
  static JsonObject selections(FilterPlan plan, String except) {
    JsonArray all = new JsonArray();
    plan.selections().forEach((dim, values) -> {
      if (!dim.equals(except)) {
        all.add(of(Filter.anyOf(values)));
      }
    });
    JsonObject bool = new JsonObject();
    bool.add("filter", all);
    return wrap("bool", bool);
  }

  private static JsonObject bool(String occur, List<Filter> filters) {
    JsonArray clauses = new JsonArray();
    filters.forEach(f -> clauses.add(of(f)));
    JsonObject bool = new JsonObject();
    bool.add(occur, clauses);
    if (occur.equals("should")) {
      bool.addProperty("minimum_should_match", 1);
    }
    return wrap("bool", bool);
  }

  /** Articles whose {@code dimension} holds {@code value} (for dates: published in the year, month or day). */
  static JsonObject facetValue(String dimension, String value) {
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
}

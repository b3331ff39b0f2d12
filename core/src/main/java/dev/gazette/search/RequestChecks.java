package dev.gazette.search;

import dev.gazette.Filter.Term;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import dev.gazette.analysis.Schema;
import dev.gazette.index.HitFields;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of a {@link SearchRequest} that need the index's facet dimensions, shared by both
 * backends: facets, filters and fields must name what the index holds.
 */
public final class RequestChecks {
  private RequestChecks() {}

  /**
   * Fails with an {@link InvalidRequestException} naming the parameter when {@code request} asks for a
   * dimension or field outside {@code dimensions} and the stored fields.
   */
  public static void check(SearchRequest request, Set<String> dimensions) {
    for (String dim : request.facets()) {
      if (!dimensions.contains(dim)) {
        throw new InvalidRequestException("facets", "unknown facet dimension '" + dim + "'; known: " + dimensions);
      }
    }
    for (var filter : request.filters()) {
      for (Term term : filter.terms()) {
        if (!dimensions.contains(term.dimension())) {
          throw new InvalidRequestException(
              "filter", "unknown facet dimension '" + term.dimension() + "'; known: " + dimensions);
        }
      }
    }
    for (String field : request.fields()) {
      if (!HitFields.STORED.contains(field) && (field.equals(Schema.PUBLISHED) || !dimensions.contains(field))) {
        Set<String> known = new TreeSet<>(dimensions);
        known.remove(Schema.PUBLISHED);
        known.addAll(HitFields.STORED);
        throw new InvalidRequestException("fields", "unknown field '" + field + "'; known: " + known);
      }
    }
  }
}

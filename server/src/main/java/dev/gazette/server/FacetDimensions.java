package dev.gazette.server;

import dev.gazette.Gazette;
import dev.gazette.SearchRequest;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Checks facet dimensions named by a request against those the index holds. */
final class FacetDimensions {
  private FacetDimensions() {}

  /** The dimensions {@code gazette} holds. */
  static Set<String> known(Gazette gazette) {
    return new TreeSet<>(gazette.stats().topFacetValues().keySet());
  }

  /** Answers 400 {@code invalid_parameter} when {@code request} names a dimension the index lacks. */
  static void requireKnown(Gazette gazette, SearchRequest request) {
    if (request.facets().isEmpty() && request.filters().isEmpty()) {
      return;
    }
    Set<String> known = known(gazette);
    check("facets", request.facets(), known);
    check("filter", request.filters().stream().map(SearchRequest.FacetFilter::dimension).toList(), known);
  }

  private static void check(String parameter, Collection<String> dimensions, Set<String> known) {
    for (String dimension : dimensions) {
      if (!known.contains(dimension)) {
        throw ApiException.invalidParameter(parameter + " names the unknown facet dimension '" + dimension
            + "'; known: " + String.join(", ", known));
      }
    }
  }
}

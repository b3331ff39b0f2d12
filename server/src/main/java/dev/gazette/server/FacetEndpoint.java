package dev.gazette.server;

import dev.gazette.DataFolder;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import java.util.List;
import java.util.Set;

/** {@code GET /api/facets/{dimension}?prefix=&limit=}: the values of one facet dimension, for type-ahead. */
final class FacetEndpoint {
  private static final int DEFAULT_LIMIT = 10;

  private final DataFolder data;

  FacetEndpoint(DataFolder data) {
    this.data = data;
  }

  /**
   * The answer.
   *
   * @param dimension the dimension asked for
   * @param prefix the prefix the values start with (case-insensitive), empty for all
   * @param values matching values, most frequent first
   */
  record FacetValues(String dimension, String prefix, List<SearchResult.FacetValue> values) {}

  /** Answers the request. */
  Reply handle(Call call) {
    String dimension = call.pathParam("dimension");
    Params params = Params.of(call.query(), Set.of("prefix", "limit"));
    String prefix = params.one("prefix") == null ? "" : params.one("prefix");
    int limit = params.integer("limit", DEFAULT_LIMIT);
    if (limit < 1 || limit > SearchRequest.MAX_FACET_LIMIT) {
      throw ApiException.invalidParameter("limit must be between 1 and " + SearchRequest.MAX_FACET_LIMIT);
    }
    return Reply.ok(data.withLive(gazette -> {
      if (!FacetDimensions.known(gazette).contains(dimension)) {
        throw ApiException.notFound("no facet dimension '" + dimension + "'; known: "
            + String.join(", ", FacetDimensions.known(gazette)));
      }
      return new FacetValues(dimension, prefix, gazette.facetValues(dimension, prefix, limit));
    }));
  }
}

package dev.gazette.server;

import dev.gazette.SearchResult;
import dev.gazette.store.DataFolder;
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

  /** Answers the request; core refuses an unknown dimension or a limit out of range (400). */
  Reply handle(Call call) {
    String dimension = call.pathParam("dimension");
    Params params = Params.of(call.query(), Set.of("prefix", "limit"));
    String prefix = params.one("prefix") == null ? "" : params.one("prefix");
    int limit = params.integer("limit", DEFAULT_LIMIT);
    return Reply.ok(new FacetValues(dimension, prefix, data.withLive(gazette -> gazette.facetValues(dimension, prefix, limit))));
  }
}

package dev.gazette.server;

import dev.gazette.Filter;
import dev.gazette.SearchRequest;
import dev.gazette.SemanticSearch;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns search parameters into core's {@link SearchRequest}, which validates the ranges itself. The
 * query string of {@code GET /api/search} and the JSON body of {@code POST /api/search} arrive here
 * in the same shape.
 */
final class SearchParams {
  /** Every parameter a search accepts. */
  static final Set<String> NAMES = Set.of(
      "q", "filter", "from", "to", "facets", "facetLimit", "sort", "operator", "page", "size", "cursor", "highlight",
      "typoTolerance", "feedback", "didYouMean", "timeline", "fields", "prefixLast", "profile",
      "mode", "semanticRatio", "fusion");

  private static final SearchRequest DEFAULTS = SearchRequest.builder().build();

  private SearchParams() {}

  /** The request {@code values} describe. */
  static SearchRequest parse(Map<String, List<String>> values) {
    Params params = Params.of(values, NAMES);
    SearchRequest profile = SearchRequest.builder()
        .profile(params.choice("profile", SearchRequest.Profile.class, SearchRequest.Profile.DEFAULT)).build();
    SearchRequest.Builder builder = SearchRequest.builder();
    String query = params.one("q");
    if (query != null) {
      builder.query(query);
    }
    params.all("filter").forEach(filter -> builder.filter(Filter.parse(filter)));
    return builder
        .from(params.one("from"))
        .to(params.one("to"))
        .facets(params.commaList("facets").toArray(String[]::new))
        .facetLimit(params.integer("facetLimit", DEFAULTS.facetLimit()))
        .sort(params.choice("sort", SearchRequest.Sort.class, DEFAULTS.sort()))
        .operator(params.choice("operator", SearchRequest.Operator.class, DEFAULTS.operator()))
        .page(params.integer("page", DEFAULTS.page()))
        .size(params.integer("size", DEFAULTS.size()))
        .cursor(params.one("cursor"))
        .highlight(params.bool("highlight", profile.highlight()))
        .typoTolerance(params.bool("typoTolerance", profile.typoTolerance()))
        .feedback(params.bool("feedback", profile.feedback()))
        .didYouMean(params.bool("didYouMean", profile.didYouMean()))
        .timeline(params.bool("timeline", DEFAULTS.timeline()))
        .fields(params.commaList("fields").toArray(String[]::new))
        .prefixLast(params.bool("prefixLast", DEFAULTS.prefixLast()))
        .mode(params.choice("mode", SearchRequest.Mode.class, null))
        .semanticRatio(params.decimal("semanticRatio"))
        .fusion(params.choice("fusion", SemanticSearch.Fusion.class, null))
        .build();
  }
}

package dev.gazette.server;

import dev.gazette.SearchRequest;
import dev.gazette.search.QueryKind;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * {@code gazette_search_duration_seconds}: the engine's time per search (without HTTP and JSON), by
 * {@link QueryKind} (as core's query parser reads the query), sort order and whether facets were counted: at most 48 series, each looked up
 * once and then read from an array.
 */
final class SearchMetrics {
  private static final QueryKind[] KINDS = QueryKind.values();
  private static final SearchRequest.Sort[] SORTS = SearchRequest.Sort.values();

  private final Histogram duration;
  private final AtomicReferenceArray<DistributionDataPoint> series =
      new AtomicReferenceArray<>(KINDS.length * SORTS.length * 2);

  SearchMetrics(PrometheusRegistry registry) {
    duration = Metrics.latency(registry, "gazette_search_duration_seconds",
        "Time the engine took to answer a search, by kind of query, sort order and whether facets were counted.",
        "kind", "sort", "facets");
  }

  /** Records that {@code request} took {@code nanos}. */
  void record(SearchRequest request, long nanos) {
    QueryKind kind = QueryKind.of(request.query());
    boolean faceted = !request.facets().isEmpty();
    int index = (kind.ordinal() * SORTS.length + request.sort().ordinal()) * 2 + (faceted ? 1 : 0);
    DistributionDataPoint point = series.get(index);
    if (point == null) {
      point = duration.labelValues(kind.label(), request.sort().name().toLowerCase(Locale.ROOT), Boolean.toString(faceted));
      series.set(index, point);
    }
    point.observe(Metrics.seconds(nanos));
  }
}

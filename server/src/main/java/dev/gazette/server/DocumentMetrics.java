package dev.gazette.server;

import dev.gazette.IngestReport;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * {@code gazette_documents_indexed_total} and {@code gazette_documents_rejected_total} by source
 * ({@code api}: PUT and bulk loads; {@code seeds}: the seeds indexed at start), and {@code
 * gazette_documents_deleted_total}.
 */
final class DocumentMetrics {
  private final CounterDataPoint apiIndexed;
  private final CounterDataPoint apiRejected;
  private final CounterDataPoint seedsIndexed;
  private final CounterDataPoint seedsRejected;
  private final Counter deleted;

  DocumentMetrics(PrometheusRegistry registry) {
    Counter indexed = counter("gazette_documents_indexed", "Articles indexed, by source.").labelNames("source").register(registry);
    Counter rejected = counter("gazette_documents_rejected", "Articles or inputs refused as invalid, by source.")
        .labelNames("source").register(registry);
    apiIndexed = indexed.labelValues("api");
    apiRejected = rejected.labelValues("api");
    seedsIndexed = indexed.labelValues("seeds");
    seedsRejected = rejected.labelValues("seeds");
    deleted = counter("gazette_documents_deleted", "Articles deleted through the API.").register(registry);
  }

  /** Counts articles written (or refused) through the API. */
  void api(long indexed, long rejected) {
    apiIndexed.inc(indexed);
    apiRejected.inc(rejected);
  }

  /** Counts a seed load. */
  void seeds(IngestReport report) {
    seedsIndexed.inc(report.accepted());
    seedsRejected.inc(report.rejected());
  }

  /** Counts one deleted article. */
  void deleted() {
    deleted.inc();
  }

  private static Counter.Builder counter(String name, String help) {
    return Counter.builder().name(name).help(help).withoutExemplars();
  }
}

package dev.gazette.server;

import dev.gazette.Gazette;
import dev.gazette.GazetteException;
import dev.gazette.IndexGauges;
import dev.gazette.store.DataFolder;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The index's gauges, read once per scrape from core's {@link IndexGauges}: documents, size,
 * segments, commit and reindex times, the writer's buffer and uncommitted changes, and how far
 * search lags behind writes. Before the index is ready only {@code gazette_ready 0} is reported, so
 * a scrape never opens the index early.
 */
final class IndexCollector implements MultiCollector {
  private static final List<String> NAMES = List.of(
      "gazette_ready", "gazette_index_documents", "gazette_index_deleted_documents", "gazette_index_segments",
      "gazette_index_size_bytes", "gazette_index_last_commit_timestamp_seconds",
      "gazette_index_last_reindex_timestamp_seconds", "gazette_index_uncommitted_changes",
      "gazette_index_writer_buffered_documents", "gazette_index_writer_buffered_bytes",
      "gazette_index_refresh_lag_seconds", "gazette_index_embedded_documents");

  private final DataFolder data;
  private final BooleanSupplier ready;

  IndexCollector(DataFolder data, BooleanSupplier ready) {
    this.data = data;
    this.ready = ready;
  }

  @Override
  public MetricSnapshots collect() {
    MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
    IndexGauges index = ready.getAsBoolean() ? read() : null;
    snapshots.metricSnapshot(gauge("gazette_ready", "1 once the index is open and the API answers, 0 before.",
        index == null ? 0 : 1));
    if (index == null) {
      return snapshots.build();
    }
    return snapshots
        .metricSnapshot(gauge("gazette_index_documents", "Articles search sees.", index.documents()))
        .metricSnapshot(gauge("gazette_index_deleted_documents", "Deleted articles not yet merged away.",
            index.deletedDocuments()))
        .metricSnapshot(gauge("gazette_index_segments", "Lucene segments search sees.", index.segments()))
        .metricSnapshot(gauge("gazette_index_size_bytes", "Bytes the live index takes on disk.", index.sizeBytes()))
        .metricSnapshot(gauge("gazette_index_last_commit_timestamp_seconds",
            "When the last commit was made, in Unix seconds (0 if never).", epochSeconds(index.lastCommit())))
        .metricSnapshot(gauge("gazette_index_last_reindex_timestamp_seconds",
            "When the live index was switched in by a reindex, in Unix seconds.", epochSeconds(data.lastReindex())))
        .metricSnapshot(gauge("gazette_index_uncommitted_changes",
            "1 while writes are not yet committed (a crash would lose them), else 0.", index.uncommittedChanges() ? 1 : 0))
        .metricSnapshot(gauge("gazette_index_writer_buffered_documents",
            "Documents the index writer holds in memory, not yet flushed to a segment.", index.bufferedDocuments()))
        .metricSnapshot(gauge("gazette_index_writer_buffered_bytes",
            "Memory the index writer uses for buffered changes.", index.bufferedBytes()))
        .metricSnapshot(gauge("gazette_index_refresh_lag_seconds",
            "How long the oldest write search does not see yet has waited (near-real-time lag); 0 when search is current.",
            Metrics.seconds(index.refreshLag().toNanos())))
        .metricSnapshot(gauge("gazette_index_embedded_documents",
            "Articles that have their vector for search by meaning (0 without an embedder).", index.embedded()))
        .build();
  }

  @Override
  public List<String> getPrometheusNames() {
    return NAMES;
  }

  /** The gauges, or {@code null} when the index is closing under this scrape. */
  private IndexGauges read() {
    try {
      return data.withLive(Gazette::gauges);
    } catch (GazetteException e) {
      return null;
    }
  }

  private static GaugeSnapshot gauge(String name, String help, double value) {
    return GaugeSnapshot.builder().name(name).help(help)
        .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(value).build())
        .build();
  }

  private static double epochSeconds(Instant instant) {
    return instant == null ? 0 : instant.toEpochMilli() / 1e3;
  }
}

package dev.gazette.server;

import dev.gazette.store.DataFolder;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmBufferPoolMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmClassLoadingMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmCompilationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryPoolAllocationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmRuntimeInfoMetric;
import io.prometheus.metrics.instrumentation.jvm.JvmThreadsMetrics;
import io.prometheus.metrics.instrumentation.jvm.ProcessMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.BooleanSupplier;

/**
 * The metrics of one server, in a registry of its own (so servers embedded side by side do not
 * mix): requests, searches, documents written, the index's state and the JVM's memory, GC, threads
 * and CPU. {@link MetricsEndpoint} exposes them at {@code GET /metrics}.
 */
final class Metrics {
  /** Latency bucket bounds in seconds: fine below 10 ms, where most searches land, up to 10 s. */
  private static final double[] LATENCY_BOUNDS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final RequestMetrics requests = new RequestMetrics(registry);
  private final SearchMetrics searches = new SearchMetrics(registry);
  private final DocumentMetrics documents = new DocumentMetrics(registry);

  /**
   * Registers the JVM's and the process's metrics: {@code JvmMetrics}'s set without its native-memory
   * metrics, which are empty unless the JVM tracks native memory and whose registration starts the
   * JMX diagnostic machinery, a tenth of a second of every start-up.
   */
  Metrics() {
    JvmThreadsMetrics.builder().register(registry);
    JvmBufferPoolMetrics.builder().register(registry);
    JvmClassLoadingMetrics.builder().register(registry);
    JvmCompilationMetrics.builder().register(registry);
    JvmGarbageCollectorMetrics.builder().register(registry);
    JvmMemoryPoolAllocationMetrics.builder().register(registry);
    JvmMemoryMetrics.builder().register(registry);
    JvmRuntimeInfoMetric.builder().register(registry);
    ProcessMetrics.builder().register(registry);
  }

  /** Adds the index's gauges, read from {@code data} at each scrape once {@code ready} holds. */
  void watch(DataFolder data, BooleanSupplier ready) {
    registry.register(new IndexCollector(data, ready));
  }

  /** Every metric. */
  PrometheusRegistry registry() {
    return registry;
  }

  /** HTTP requests by endpoint, method and status. */
  RequestMetrics requests() {
    return requests;
  }

  /** Search latency by kind of query. */
  SearchMetrics searches() {
    return searches;
  }

  /** Articles indexed, rejected and deleted. */
  DocumentMetrics documents() {
    return documents;
  }

  /**
   * Registers a latency histogram in seconds with the server's bucket bounds (classic buckets only, no
   * exemplars) and the label names {@code labels}.
   */
  static Histogram latency(PrometheusRegistry registry, String name, String help, String... labels) {
    return Histogram.builder().name(name).help(help).labelNames(labels)
        .classicOnly().classicUpperBounds(LATENCY_BOUNDS).withoutExemplars()
        .register(registry);
  }

  /** {@code nanos} in seconds, the unit Prometheus expects. */
  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}

package dev.gazette.server;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /metrics}: every metric of the server in the Prometheus text format, written by the
 * Prometheus client library. Open like {@code /health}: it shows counts and timings, never keys or
 * article text, and answers while the index opens.
 */
final class MetricsEndpoint {
  private final PrometheusRegistry registry;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  MetricsEndpoint(PrometheusRegistry registry) {
    this.registry = registry;
  }

  /** Answers a scrape. */
  Reply handle(Call call) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      writer.write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the metrics", e);
    }
    return new Reply(200, writer.getContentType(), out.toString(StandardCharsets.UTF_8));
  }
}

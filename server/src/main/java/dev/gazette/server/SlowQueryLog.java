package dev.gazette.server;

import dev.gazette.Filter;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * Logs every search that took at least the threshold ({@code --slow-query-ms}) with its time, hits,
 * query and filters, and the {@code GET /api/search} path that runs it again; counts them in {@code
 * gazette_slow_searches_total}. A fast search costs one comparison.
 */
final class SlowQueryLog {
  private final long thresholdNanos;
  private final Log log;
  private final Counter slow;

  SlowQueryLog(Duration threshold, Log log, PrometheusRegistry registry) {
    this.thresholdNanos = threshold.toNanos();
    this.log = log;
    this.slow = Counter.builder().name("gazette_slow_searches")
        .help("Searches that took at least the slow-search threshold, and were logged.")
        .withoutExemplars()
        .register(registry);
  }

  /** Logs the search of {@code params} (parsed as {@code request}) if its {@code nanos} reach the threshold. */
  void check(Map<String, List<String>> params, SearchRequest request, SearchResult result, long nanos) {
    if (nanos < thresholdNanos) {
      return;
    }
    slow.inc();
    List<String> filters = request.filters().stream().map(Filter::text).toList();
    log.slowSearch(TimeUnit.NANOSECONDS.toMillis(nanos), result.total(), request.query(), filters, replay(params));
  }

  /** The {@code GET /api/search} path carrying {@code params}, percent-encoded so it stays on one line. */
  static String replay(Map<String, List<String>> params) {
    StringJoiner query = new StringJoiner("&", "/api/search?", "").setEmptyValue("/api/search");
    params.forEach((name, values) -> values.forEach(value -> query.add(encode(name) + "=" + encode(value))));
    return query.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

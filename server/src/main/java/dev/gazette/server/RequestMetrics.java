package dev.gazette.server;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code gazette_http_request_duration_seconds}: every request's duration by endpoint (the route
 * template such as {@code /api/articles/{id}}, never the raw path), method and status. Its
 * {@code _count} is the request count. Each label combination's series is looked up once and
 * cached, so recording a request costs one map lookup and one observation.
 */
final class RequestMetrics {
  /** The endpoint label of requests no route matched (404, 405). */
  static final String UNROUTED = "unrouted";
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

  private final Histogram duration;
  private final Map<Series, DistributionDataPoint> series = new ConcurrentHashMap<>();

  /** One label combination. */
  private record Series(String endpoint, String method, int status) {}

  RequestMetrics(PrometheusRegistry registry) {
    duration = Metrics.latency(registry, "gazette_http_request_duration_seconds",
        "Time from receiving an HTTP request to finishing its response, by route template, method and status.",
        "endpoint", "method", "status");
  }

  /** Records the finished {@code exchange}, which took {@code nanos}. */
  void record(HttpServerExchange exchange, long nanos) {
    PathTemplateMatch route = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    String method = exchange.getRequestMethod().toString();
    Series key = new Series(route == null ? UNROUTED : route.getMatchedTemplate(),
        METHODS.contains(method) ? method : "other", exchange.getStatusCode());
    DistributionDataPoint point = series.get(key);
    if (point == null) {
      point = series.computeIfAbsent(key,
          k -> duration.labelValues(k.endpoint(), k.method(), Integer.toString(k.status())));
    }
    point.observe(Metrics.seconds(nanos));
  }
}

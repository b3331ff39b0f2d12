package dev.gazette.bench.measure;

/**
 * Order statistics of a set of timings, in microseconds.
 *
 * @param count how many timings
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param mean the mean
 */
public record Latency(int count, double p50, double p90, double p99, double mean) {

  /** Queries per second one client thread reaches at this mean latency. */
  public double singleThreadQps() {
    return 1_000_000 / mean;
  }
}

package dev.gazette.bench.measure;

import java.util.Arrays;

/** A growing list of timings in nanoseconds, with the order statistics the report quotes. */
public final class Samples {
  private long[] nanos = new long[1024];
  private int size;

  /** Adds one timing. */
  public void add(long elapsedNanos) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = elapsedNanos;
  }

  /** Adds every timing of {@code other}. */
  public void addAll(Samples other) {
    for (int i = 0; i < other.size; i++) {
      add(other.nanos[i]);
    }
  }

  /** How many timings there are. */
  public int size() {
    return size;
  }

  /** The summary of the timings so far. */
  public Latency latency() {
    if (size == 0) {
      throw new IllegalStateException("no samples");
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latency(size, quantile(sorted, 0.5), quantile(sorted, 0.9), quantile(sorted, 0.99), sum / size / 1000);
  }

  /** The {@code q} quantile of {@code sorted}, in microseconds (nearest rank). */
  private static double quantile(long[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1000.0;
  }
}

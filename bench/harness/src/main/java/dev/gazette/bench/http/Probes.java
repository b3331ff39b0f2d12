package dev.gazette.bench.http;

import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Samples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Single requests timed one at a time, each on a new connection (from connecting to the last byte of
 * the answer), with a pause between them: how long a user's request waits, rather than how many a
 * loaded server answers.
 */
public final class Probes {
  private static final long PAUSE_MILLIS = 20;

  private final String host;
  private final int port;

  /** Probes of the server at {@code host:port}. */
  public Probes(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** The timings of one kind of probe, with the slowest and the failures. */
  public static final class Probed {
    private final Samples samples = new Samples();
    private long maxNanos;
    private int failures;

    /** These probes and {@code other}'s together, as new timings. */
    public Probed plus(Probed other) {
      Probed sum = new Probed();
      for (Probed part : List.of(this, other)) {
        sum.samples.addAll(part.samples);
        sum.maxNanos = Math.max(sum.maxNanos, part.maxNanos);
        sum.failures += part.failures;
      }
      return sum;
    }

    /** Order statistics of the timings. */
    public Latency latency() {
      return samples.latency();
    }

    /** The slowest, in microseconds. */
    public double maxMicros() {
      return maxNanos / 1000.0;
    }

    /** Answers other than 200, and connections that failed. */
    public int failures() {
      return failures;
    }

    private void add(long nanos, boolean ok) {
      samples.add(nanos);
      maxNanos = Math.max(maxNanos, nanos);
      failures += ok ? 0 : 1;
    }
  }

  /**
   * Probes for {@code seconds}: each step sends one request of every kind in turn (kind {@code k}
   * cycling through {@code kinds.get(k)}), then pauses 20 ms. Returns the timings of each kind.
   */
  public List<Probed> run(List<List<String>> kinds, double seconds) throws InterruptedException {
    List<Probed> probed = new ArrayList<>();
    kinds.forEach(kind -> probed.add(new Probed()));
    long end = System.nanoTime() + (long) (seconds * 1e9);
    for (int step = 0; System.nanoTime() < end; step++) {
      for (int k = 0; k < kinds.size(); k++) {
        List<String> targets = kinds.get(k);
        long started = System.nanoTime();
        boolean ok = probe(targets.get(step % targets.size()));
        probed.get(k).add(System.nanoTime() - started, ok);
      }
      Thread.sleep(PAUSE_MILLIS);
    }
    return probed;
  }

  private boolean probe(String target) {
    try (HttpConnection connection = new HttpConnection(host, port)) {
      return connection.get(target).status() == 200;
    } catch (IOException e) {
      return false;
    }
  }
}

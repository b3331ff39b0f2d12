package dev.gazette.bench.suites;

import dev.gazette.bench.http.HttpLoad;
import dev.gazette.bench.http.LoadResult;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.process.ServerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Repeated load runs against one server at one concurrency, summarised as the median over runs of
 * throughput, p50 and p99.
 *
 * @param concurrency client connections
 * @param runs every timed run
 */
record LoadRuns(int concurrency, List<LoadResult> runs) {
  /**
   * The least time each target is loaded, untimed, before its timed runs. A run of every query at
   * one connection lasts under a second, while a freshly started server reaches its steady speed only
   * after some 10 s of load (its search path compiled by the JIT): one run of warm-up measured a
   * Gazette server started for the comparison at half the throughput of the same server warm, against
   * an OpenSearch node hot from indexing.
   */
  static final Duration WARM_UP = Duration.ofSeconds(10);

  /** How many requests one run sends at {@code concurrency}: every query at least once, more with more clients. */
  static int requestsPerRun(int queries, int concurrency) {
    return Math.max(queries, 250 * concurrency);
  }

  /**
   * A server to load: its port and the requests to send it.
   *
   * @param port the HTTP port
   * @param requests the prepared requests
   */
  record Target(int port, List<byte[]> requests) {}

  /** Untimed warm-up runs for {@link #WARM_UP}, then {@code rounds} timed runs of {@code requests} on {@code port}. */
  static LoadRuns measure(int port, List<byte[]> requests, int concurrency, int rounds) throws Exception {
    return interleaved(List.of(new Target(port, requests)), concurrency, rounds).get(0);
  }

  /**
   * Untimed warm-up runs of each target for {@link #WARM_UP}, then {@code rounds} rounds in which
   * every target gets one timed run, the first to run rotating; returns the runs of each target.
   */
  static List<LoadRuns> interleaved(List<Target> targets, int concurrency, int rounds) throws Exception {
    List<List<LoadResult>> runs = new ArrayList<>();
    for (Target target : targets) {
      long warmUntil = System.nanoTime() + WARM_UP.toNanos();
      do {
        HttpLoad.run(ServerProcess.HOST, target.port(), target.requests(), concurrency,
            requestsPerRun(target.requests().size(), concurrency));
      } while (System.nanoTime() < warmUntil);
      runs.add(new ArrayList<>());
    }
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < targets.size(); k++) {
        int t = (r + k) % targets.size();
        Target target = targets.get(t);
        runs.get(t).add(HttpLoad.run(ServerProcess.HOST, target.port(), target.requests(), concurrency,
            requestsPerRun(target.requests().size(), concurrency)));
      }
    }
    return runs.stream().map(results -> new LoadRuns(concurrency, results)).toList();
  }

  /** Throughput over the runs. */
  Spread qps() {
    return Spread.of(runs.stream().map(LoadResult::qps).toList());
  }

  /** Median latency over the runs (the median of each run's p50). */
  Spread p50() {
    return Spread.of(runs.stream().map(r -> r.latency().p50()).toList());
  }

  /** 99th-percentile latency over the runs (the median of each run's p99). */
  Spread p99() {
    return Spread.of(runs.stream().map(r -> r.latency().p99()).toList());
  }

  /** This target's throughput over {@code other}'s, run by run (runs of the same round), over the rounds. */
  Spread qpsRatio(LoadRuns other) {
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      ratios.add(runs.get(r).qps() / other.runs().get(r).qps());
    }
    return Spread.of(ratios);
  }

  /** Answers other than 200, over all runs. */
  int errors() {
    return runs.stream().mapToInt(LoadResult::errors).sum();
  }
}

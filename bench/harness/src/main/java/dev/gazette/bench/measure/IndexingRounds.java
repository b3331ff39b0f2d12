package dev.gazette.bench.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Indexing runs of several engines at several thread counts: one untimed warm-up round, then timed
 * rounds in which every engine runs once per thread count, the first to run rotating, so that each
 * ratio compares runs of the same round.
 */
public final class IndexingRounds {
  private final Map<String, List<Double>> rates = new LinkedHashMap<>();

  private IndexingRounds() {}

  /** One indexing run of the whole corpus; returns the nanoseconds it took. */
  @FunctionalInterface
  public interface Run {
    /** Indexes with {@code engine} on {@code threads} threads. */
    long index(String engine, int threads) throws Exception;
  }

  /** Runs the rounds; {@code documents} is the corpus size, for the rates. */
  public static IndexingRounds run(List<String> engines, List<Integer> threadCounts, int rounds, int documents, Run run)
      throws Exception {
    IndexingRounds result = new IndexingRounds();
    for (int round = -1; round < rounds; round++) {
      for (int threads : threadCounts) {
        for (int k = 0; k < engines.size(); k++) {
          String engine = engines.get(Math.floorMod(round + k, engines.size()));
          double rate = documents / (run.index(engine, threads) / 1e9);
          System.err.printf("  round %d, %s, %d thread(s): %.0f docs/s%n", round, engine, threads, rate);
          if (round >= 0) {
            result.rates.computeIfAbsent(engine + "/" + threads, key -> new ArrayList<>()).add(rate);
          }
        }
      }
    }
    return result;
  }

  /** The documents per second of {@code engine} on {@code threads} threads, over the rounds. */
  public Spread rate(String engine, int threads) {
    return Spread.of(rates.get(engine + "/" + threads));
  }

  /** The round-by-round ratio of {@code engine}'s rate over {@code baseline}'s, on {@code threads} threads. */
  public Spread ratio(String engine, String baseline, int threads) {
    List<Double> mine = rates.get(engine + "/" + threads);
    List<Double> theirs = rates.get(baseline + "/" + threads);
    return Spread.of(IntStream.range(0, mine.size()).mapToObj(i -> mine.get(i) / theirs.get(i)).toList());
  }
}

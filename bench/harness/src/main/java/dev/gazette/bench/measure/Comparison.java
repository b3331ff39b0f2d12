package dev.gazette.bench.measure;

import dev.gazette.bench.engine.Answer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Two engines' timings of the same searches, measured {@link Interleaved interleaved}: the
 * engine under test and its baseline, with the ratios the report quotes.
 *
 * @param tested the timings of the engine under test
 * @param baseline the timings of the baseline
 */
public record Comparison(Interleaved.Timings tested, Interleaved.Timings baseline) {

  /** The ratio of the pooled medians, tested over baseline. */
  public double p50Ratio() {
    return tested.pooled().p50() / baseline.pooled().p50();
  }

  /** The ratio of the medians of each round, tested over baseline: how much the ratio moved between rounds. */
  public Spread p50RatioByRound() {
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < tested.rounds().size(); r++) {
      ratios.add(tested.rounds().get(r).latency().p50() / baseline.rounds().get(r).latency().p50());
    }
    return Spread.of(ratios);
  }

  /** The median over searches of each search's ratio (its median time tested over baseline). */
  public double medianPerSearchRatio() {
    List<Double> ratios = new ArrayList<>();
    for (int q = 0; q < tested.answers().size(); q++) {
      ratios.add(tested.median(q) / baseline.median(q));
    }
    return Spread.of(ratios).median();
  }

  /** How many searches found the same total on both engines. */
  public int sameTotals() {
    int same = 0;
    for (int q = 0; q < tested.answers().size(); q++) {
      same += tested.answers().get(q).total() == baseline.answers().get(q).total() ? 1 : 0;
    }
    return same;
  }

  /** How many searches returned the same set of top hits on both engines. */
  public int sameTopHits() {
    int same = 0;
    for (int q = 0; q < tested.answers().size(); q++) {
      Answer a = tested.answers().get(q);
      Answer b = baseline.answers().get(q);
      same += new HashSet<>(a.ids()).equals(new HashSet<>(b.ids())) ? 1 : 0;
    }
    return same;
  }

  /** The pooled latency of the searches {@code chosen} selects, for one engine. */
  public static Latency latencyOf(Interleaved.Timings timings, List<Integer> chosen) {
    Samples samples = new Samples();
    for (int q : chosen) {
      for (long nanos : timings.bySearch()[q]) {
        samples.add(nanos);
      }
    }
    return samples.latency();
  }
}

package dev.gazette.bench.measure;

import dev.gazette.bench.engine.Answer;
import dev.gazette.bench.engine.PreparedSearch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Times several engines on the same searches, one search at a time: in each round the searches run
 * in a shuffled order, and for each search every engine runs it back to back, the engine going
 * first rotating, so that machine noise and warm caches fall on all engines alike.
 */
public final class Interleaved {
  private Interleaved() {}

  /**
   * The timings of one engine.
   *
   * @param rounds the timings of each round
   * @param answers what each search returned, in search order
   * @param bySearch the timings of each search, one per round, in nanoseconds
   */
  public record Timings(List<Samples> rounds, List<Answer> answers, long[][] bySearch) {
    /** Every round's timings together. */
    public Latency pooled() {
      Samples all = new Samples();
      rounds.forEach(all::addAll);
      return all.latency();
    }

    /** The summary of each round. */
    public List<Latency> perRound() {
      return rounds.stream().map(Samples::latency).toList();
    }

    /** The median time of search {@code q} over the rounds, in microseconds. */
    public double median(int q) {
      long[] times = bySearch[q].clone();
      Arrays.sort(times);
      int n = times.length;
      return (n % 2 == 1 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2.0) / 1000.0;
    }
  }

  /** How the engines take turns. */
  public enum Turns {
    /** Every engine runs each search back to back, the first to run rotating: the closest pairing. */
    BY_SEARCH,
    /** Every engine runs a whole pass over the searches, the first to run rotating by round: steady state. */
    BY_PASS
  }

  /**
   * Runs {@code warmups} untimed passes then {@code rounds} timed ones of {@code searches.get(e).get(q)}
   * for every engine {@code e} and search {@code q}, taking turns {@link Turns#BY_SEARCH by search}.
   */
  public static List<Timings> run(List<List<PreparedSearch>> searches, int warmups, int rounds) {
    return run(searches, warmups, rounds, Turns.BY_SEARCH);
  }

  /** Runs the passes as {@link #run(List, int, int)} does, taking turns as {@code turns} says. */
  public static List<Timings> run(List<List<PreparedSearch>> searches, int warmups, int rounds, Turns turns) {
    int engines = searches.size();
    int count = searches.get(0).size();
    List<Timings> result = new ArrayList<>();
    for (int e = 0; e < engines; e++) {
      List<Answer> answers = new ArrayList<>(Collections.nCopies(count, (Answer) null));
      result.add(new Timings(new ArrayList<>(), answers, new long[count][rounds]));
    }
    List<Integer> order = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      order.add(q);
    }
    Random shuffle = new Random(42);
    for (int round = -warmups; round < rounds; round++) {
      Collections.shuffle(order, shuffle);
      List<Samples> samples = new ArrayList<>();
      for (int e = 0; e < engines; e++) {
        samples.add(new Samples());
      }
      if (turns == Turns.BY_SEARCH) {
        int turn = 0;
        for (int q : order) {
          for (int k = 0; k < engines; k++) {
            time(searches, result, samples, (turn + k) % engines, q, round);
          }
          turn++;
        }
      } else {
        for (int k = 0; k < engines; k++) {
          int e = Math.floorMod(round + k, engines);
          for (int q : order) {
            time(searches, result, samples, e, q, round);
          }
        }
      }
      if (round >= 0) {
        for (int e = 0; e < engines; e++) {
          result.get(e).rounds().add(samples.get(e));
        }
      }
    }
    return result;
  }

  private static void time(List<List<PreparedSearch>> searches, List<Timings> result, List<Samples> samples, int e,
      int q, int round) {
    PreparedSearch search = searches.get(e).get(q);
    long started = System.nanoTime();
    Object returned = call(search);
    long elapsed = System.nanoTime() - started;
    samples.get(e).add(elapsed);
    if (round >= 0) {
      result.get(e).bySearch()[q][round] = elapsed;
    }
    if (round == 0) {
      result.get(e).answers().set(q, search.answer(returned));
    }
  }

  private static Object call(PreparedSearch search) {
    try {
      return search.run();
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark search failed: " + e, e);
    }
  }
}

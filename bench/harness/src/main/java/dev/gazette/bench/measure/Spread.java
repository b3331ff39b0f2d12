package dev.gazette.bench.measure;

import java.util.Arrays;
import java.util.List;

/**
 * The median of repeated measurements of one figure, with the lowest and highest, so the report
 * shows how much the figure moved between rounds on a shared machine.
 *
 * @param median the median
 * @param min the lowest
 * @param max the highest
 * @param rounds how many measurements
 */
public record Spread(double median, double min, double max, int rounds) {

  /** The spread of {@code values}. */
  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Spread(median, sorted[0], sorted[n - 1], n);
  }

  /** The spread of {@code values}. */
  public static Spread of(double... values) {
    return of(Arrays.stream(values).boxed().toList());
  }
}

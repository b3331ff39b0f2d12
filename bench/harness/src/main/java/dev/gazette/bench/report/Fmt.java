package dev.gazette.bench.report;

import dev.gazette.bench.measure.Spread;
import java.util.Locale;

/** Number formats shared by the report's tables. */
public final class Fmt {
  private Fmt() {}

  /** A whole number with thousands separators: {@code 12,345}. */
  public static String count(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** Microseconds: {@code 123 µs}, or {@code 1.23 ms} from a millisecond up. */
  public static String micros(double value) {
    return value >= 1000 ? String.format(Locale.ROOT, "%.2f ms", value / 1000) : String.format(Locale.ROOT, "%.0f µs", value);
  }

  /** A ratio: {@code 1.23×}. */
  public static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  /** A ratio with its spread over rounds: {@code 1.23× (1.10–1.31)}. */
  public static String ratio(Spread spread) {
    return spread.rounds() > 1
        ? String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", spread.median(), spread.min(), spread.max())
        : ratio(spread.median());
  }

  /** A rate with its spread over rounds: {@code 4,560 (4,400–4,700)}. */
  public static String rate(Spread spread) {
    return spread.rounds() > 1
        ? count(spread.median()) + " (" + count(spread.min()) + "–" + count(spread.max()) + ")"
        : count(spread.median());
  }

  /** Megabytes with one decimal. */
  public static String mb(double bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  /** Seconds with two decimals. */
  public static String seconds(double value) {
    return String.format(Locale.ROOT, "%.2f s", value);
  }

  /** A number with {@code digits} decimals. */
  public static String decimal(double value, int digits) {
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }
}

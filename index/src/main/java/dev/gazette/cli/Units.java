package dev.gazette.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the commands write counts, rates, sizes, durations and dates for people. */
final class Units {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private Units() {}

  /** A count with thousands separators: {@code 21,578}. */
  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A count and its noun, singular for one: {@code 1 article}, {@code 21,578 articles}. */
  static String count(long value, String noun) {
    return count(value) + " " + noun + (value == 1 ? "" : "s");
  }

  /** Documents per second over {@code elapsed}: {@code 1,520 docs/s}, or {@code 0.8 docs/s} below ten. */
  static String rate(long documents, Duration elapsed) {
    double perSecond = perSecond(documents, elapsed);
    return (perSecond < 10 ? String.format(Locale.ROOT, "%.1f", perSecond) : count((long) perSecond)) + " docs/s";
  }

  /** Documents per second over {@code elapsed}; 0 before any time has passed. */
  static double perSecond(long documents, Duration elapsed) {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : documents * 1e9 / nanos;
  }

  /** A size in bytes, KB, MB or GB (powers of 1024): {@code 23.4 MB}. */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** A duration as {@code 14.2 s}, or {@code 3 min 05 s} from a minute on. */
  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
    return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
  }

  /** The UTC day of {@code instant} ({@code 2024-06-19}), or empty when unknown. */
  static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }
}

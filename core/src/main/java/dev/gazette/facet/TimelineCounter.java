package dev.gazette.facet;

import dev.gazette.SearchResult.Bucket;
import dev.gazette.SearchResult.Timeline;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns the publication-date counts of the matching articles into a histogram: per year when
 * the matches span more than {@value #MAX_YEARS_FOR_MONTHS} years, per day when they span at most
 * {@value #MAX_MONTHS_FOR_DAYS} months, else per month; empty periods included.
 */
public final class TimelineCounter {
  private static final int MAX_YEARS_FOR_MONTHS = 3;
  private static final int MAX_MONTHS_FOR_DAYS = 2;

  private TimelineCounter() {}

  /** The timeline of {@code counts}; empty without any. */
  public static Timeline timeline(DateCounts counts) throws IOException {
    SortedMap<Integer, Long> years = counts.years();
    if (years.isEmpty()) {
      return new Timeline("month", List.of());
    }
    int firstYear = years.firstKey();
    int lastYear = years.lastKey();
    if (lastYear - firstYear + 1 > MAX_YEARS_FOR_MONTHS) {
      List<Bucket> buckets = new ArrayList<>();
      for (int year = firstYear; year <= lastYear; year++) {
        buckets.add(new Bucket(Integer.toString(year), years.getOrDefault(year, 0L)));
      }
      return new Timeline("year", buckets);
    }
    TreeMap<YearMonth, Long> months = new TreeMap<>();
    for (int year : years.keySet()) {
      counts.months(year).forEach((month, count) -> months.put(YearMonth.of(year, month), count));
    }
    YearMonth firstMonth = months.firstKey();
    YearMonth lastMonth = months.lastKey();
    if (firstMonth.plusMonths(MAX_MONTHS_FOR_DAYS).isAfter(lastMonth)) {
      return new Timeline("day", days(counts, months));
    }
    List<Bucket> buckets = new ArrayList<>();
    for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
      buckets.add(new Bucket(month.toString(), months.getOrDefault(month, 0L)));
    }
    return new Timeline("month", buckets);
  }

  private static List<Bucket> days(DateCounts counts, TreeMap<YearMonth, Long> months) throws IOException {
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    for (YearMonth month : months.keySet()) {
      counts.days(month.getYear(), month.getMonthValue()).forEach((day, count) -> days.put(month.atDay(day), count));
    }
    List<Bucket> buckets = new ArrayList<>();
    for (LocalDate day = days.firstKey(); !day.isAfter(days.lastKey()); day = day.plusDays(1)) {
      buckets.add(new Bucket(day.toString(), days.getOrDefault(day, 0L)));
    }
    return buckets;
  }
}

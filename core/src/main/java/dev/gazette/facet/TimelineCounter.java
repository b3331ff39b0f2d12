package dev.gazette.facet;

import dev.gazette.SearchResult.Bucket;
import dev.gazette.SearchResult.Timeline;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Turns the publication-date facet counts of the matching articles into a histogram: per year when
 * the matches span more than {@value #MAX_YEARS_FOR_MONTHS} years, per day when they span at most
 * {@value #MAX_MONTHS_FOR_DAYS} months, else per month; empty periods included.
 */
public final class TimelineCounter {
  private static final int MAX_YEARS_FOR_MONTHS = 3;
  private static final int MAX_MONTHS_FOR_DAYS = 2;

  private TimelineCounter() {}

  /** The timeline of {@code facets}, which must count the {@code published} dimension; empty without any. */
  public static Timeline timeline(Facets facets) throws IOException {
    TreeMap<Integer, Long> years = counts(facets == null ? null : facets.getAllChildren(Schema.PUBLISHED));
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
      counts(facets.getAllChildren(Schema.PUBLISHED, label(year, 4)))
          .forEach((month, count) -> months.put(YearMonth.of(year, month), count));
    }
    YearMonth firstMonth = months.firstKey();
    YearMonth lastMonth = months.lastKey();
    if (firstMonth.plusMonths(MAX_MONTHS_FOR_DAYS).isAfter(lastMonth)) {
      return new Timeline("day", days(facets, months));
    }
    List<Bucket> buckets = new ArrayList<>();
    for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
      buckets.add(new Bucket(month.toString(), months.getOrDefault(month, 0L)));
    }
    return new Timeline("month", buckets);
  }

  private static List<Bucket> days(Facets facets, TreeMap<YearMonth, Long> months) throws IOException {
    TreeMap<LocalDate, Long> days = new TreeMap<>();
    for (YearMonth month : months.keySet()) {
      counts(facets.getAllChildren(Schema.PUBLISHED, label(month.getYear(), 4), label(month.getMonthValue(), 2)))
          .forEach((day, count) -> days.put(month.atDay(day), count));
    }
    List<Bucket> buckets = new ArrayList<>();
    for (LocalDate day = days.firstKey(); !day.isAfter(days.lastKey()); day = day.plusDays(1)) {
      buckets.add(new Bucket(day.toString(), days.getOrDefault(day, 0L)));
    }
    return buckets;
  }

  private static TreeMap<Integer, Long> counts(FacetResult result) {
    TreeMap<Integer, Long> counts = new TreeMap<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        if (lv.value.longValue() > 0) {
          counts.put(Integer.parseInt(lv.label), lv.value.longValue());
        }
      }
    }
    return counts;
  }

  private static String label(int value, int digits) {
    return String.format("%0" + digits + "d", value);
  }
}

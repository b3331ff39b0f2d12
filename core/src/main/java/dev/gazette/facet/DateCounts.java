package dev.gazette.facet;

import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Counts of articles by publication year, month and day, periods without articles left out:
 * what the date facet and the timeline are made of, whichever engine counted them.
 */
public interface DateCounts {
  /** Articles per year. */
  SortedMap<Integer, Long> years() throws IOException;

  /** Articles per month (1–12) of {@code year}. */
  SortedMap<Integer, Long> months(int year) throws IOException;

  /** Articles per day of the month of {@code year} and {@code month}. */
  SortedMap<Integer, Long> days(int year, int month) throws IOException;

  /** The counts of Lucene's hierarchical {@code published} facet in {@code facets}; none when it is {@code null}. */
  static DateCounts of(Facets facets) {
    return new DateCounts() {
      @Override
      public SortedMap<Integer, Long> years() throws IOException {
        return counts(facets == null ? null : facets.getAllChildren(Schema.PUBLISHED));
      }

      @Override
      public SortedMap<Integer, Long> months(int year) throws IOException {
        return counts(facets.getAllChildren(Schema.PUBLISHED, label(year, 4)));
      }

      @Override
      public SortedMap<Integer, Long> days(int year, int month) throws IOException {
        return counts(facets.getAllChildren(Schema.PUBLISHED, label(year, 4), label(month, 2)));
      }
    };
  }

  /** Counts summed from articles per day. */
  static DateCounts ofDays(NavigableMap<LocalDate, Long> perDay) {
    return new DateCounts() {
      @Override
      public SortedMap<Integer, Long> years() {
        TreeMap<Integer, Long> years = new TreeMap<>();
        perDay.forEach((day, count) -> years.merge(day.getYear(), count, Long::sum));
        return years;
      }

      @Override
      public SortedMap<Integer, Long> months(int year) {
        TreeMap<Integer, Long> months = new TreeMap<>();
        perDay.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
            .forEach((day, count) -> months.merge(day.getMonthValue(), count, Long::sum));
        return months;
      }

      @Override
      public SortedMap<Integer, Long> days(int year, int month) {
        TreeMap<Integer, Long> days = new TreeMap<>();
        LocalDate first = LocalDate.of(year, month, 1);
        perDay.subMap(first, true, first.plusMonths(1), false)
            .forEach((day, count) -> days.put(day.getDayOfMonth(), count));
        return days;
      }
    };
  }

  private static SortedMap<Integer, Long> counts(FacetResult result) {
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

package dev.gazette.facet;

import dev.gazette.SearchResult.FacetValue;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Reads facet counts into result values: top values per dimension, and the publication date as
 * years in time order, each with its months.
 */
public final class FacetCounter {

  private FacetCounter() {}

  /** The dimensions present in {@code state} plus the built-in ones. */
  public static Set<String> dimensions(SortedSetDocValuesReaderState state) {
    Set<String> dims = new TreeSet<>(Schema.BUILT_IN_DIMENSIONS);
    if (state != null) {
      state.getDims().forEach(dims::add);
    }
    return dims;
  }

  /** Counts of each of {@code dims} from {@code facets}, at most {@code limit} values each. */
  public static Map<String, List<FacetValue>> counts(
      Facets facets, SortedSetDocValuesReaderState state, List<String> dims, int limit) throws IOException {
    NameAliases aliases = NameAliases.of(state);
    Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
    for (String dim : dims) {
      boolean present = facets != null && holds(state, dim);
      counts.put(dim, present
          ? aliases.join(dim, values(facets, dim, limit + aliases.extra(dim, limit)), v -> count(facets, dim, v), limit)
          : List.of());
    }
    return counts;
  }

  private static long count(Facets facets, String dim, String value) throws IOException {
    Number count = facets.getSpecificValue(dim, value);
    return count == null ? 0 : Math.max(0, count.longValue());
  }

  /**
   * Values of {@code dim} over the whole index starting with {@code prefix}, ignoring case, most
   * frequent first, from {@code wholeIndex}: the counts of every article of {@code state}'s reader.
   */
  public static List<FacetValue> matching(SortedSetDocValuesReaderState state, Facets wholeIndex, String dim,
      String prefix, int limit) throws IOException {
    if (!holds(state, dim)) {
      return List.of();
    }
    String wanted = prefix.toLowerCase(Locale.ROOT);
    FacetResult all = wholeIndex.getAllChildren(dim);
    Map<String, Long> byLabel = new HashMap<>();
    Arrays.stream(all.labelValues).forEach(lv -> byLabel.put(lv.label, lv.value.longValue()));
    List<FacetValue> starting = Arrays.stream(all.labelValues)
        .filter(lv -> lv.label.toLowerCase(Locale.ROOT).startsWith(wanted))
        .sorted(Comparator.comparingLong((LabelAndValue lv) -> lv.value.longValue()).reversed()
            .thenComparing(lv -> lv.label))
        .map(lv -> new FacetValue(lv.label, lv.value.longValue(), List.of()))
        .toList();
    return NameAliases.of(state).join(dim, starting, v -> byLabel.getOrDefault(v, 0L), limit).stream()
        .limit(limit)
        .toList();
  }

  private static boolean holds(SortedSetDocValuesReaderState state, String dim) {
    if (state != null) {
      for (String present : state.getDims()) {
        if (present.equals(dim)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<FacetValue> values(Facets facets, String dim, int limit) throws IOException {
    if (dim.equals(Schema.PUBLISHED)) {
      return dateValues(DateCounts.of(facets));
    }
    FacetResult top = facets.getTopChildren(limit, dim);
    if (top == null) {
      return List.of();
    }
    return Arrays.stream(top.labelValues)
        .map(lv -> new FacetValue(lv.label, lv.value.longValue(), List.of()))
        .toList();
  }

  /** The {@code published} facet: years in time order, each with its months as {@code yyyy/mm}. */
  public static List<FacetValue> dateValues(DateCounts counts) throws IOException {
    List<FacetValue> years = new ArrayList<>();
    for (var year : counts.years().entrySet()) {
      String yearLabel = String.format("%04d", year.getKey());
      List<FacetValue> months = new ArrayList<>();
      counts.months(year.getKey()).forEach((month, count) ->
          months.add(new FacetValue(yearLabel + "/" + String.format("%02d", month), count, List.of())));
      years.add(new FacetValue(yearLabel, year.getValue(), months));
    }
    return years;
  }
}

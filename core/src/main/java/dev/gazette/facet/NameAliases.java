package dev.gazette.facet;

import dev.gazette.Filter;
import dev.gazette.Filter.Term;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult.FacetValue;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * People named by surname alone in some articles and in full in others, across the whole index:
 * "Reagan" is "Ronald Reagan" when the index names a Reagan in full in at least two articles, and
 * Ronald Reagan in five times as many articles as any other Reagan. Each article already names a
 * person by the fullest form it uses itself ({@code EntityExtractor}); this joins what articles
 * cannot see of each other, where one name clearly dominates ("Johnson" stays "Johnson" beside
 * Manuel, Paul and Edward Johnson). The {@code person} facet counts a full name with its
 * surname's articles (exact: an article holding the full name never also holds the surname
 * alone), and a filter on either names both. Built once per index reader from the facet's
 * values; immutable.
 */
public final class NameAliases {
  private static final NameAliases NONE = new NameAliases(Map.of(), Map.of());
  /** How many times as many articles as any other full name of its surname one needs for the surname to mean it. */
  private static final int DOMINANCE = 5;
  private static final Map<SortedSetDocValuesReaderState, NameAliases> BY_STATE =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Surname to the one full name it stands for. */
  private final Map<String, String> fullNames;
  /** Full name to its surname. */
  private final Map<String, String> surnames;

  private NameAliases(Map<String, String> fullNames, Map<String, String> surnames) {
    this.fullNames = fullNames;
    this.surnames = surnames;
  }

  /** The aliases of the people in {@code state}'s index; none when {@code state} is null. */
  public static NameAliases of(SortedSetDocValuesReaderState state) {
    return state == null ? NONE : BY_STATE.computeIfAbsent(state, NameAliases::read);
  }

  private static NameAliases read(SortedSetDocValuesReaderState state) {
    OrdRange range = state.getOrdRange(Schema.PERSON);
    if (range == null) {
      return NONE;
    }
    List<String> single = new ArrayList<>();
    Map<String, List<String>> byLastWord = new HashMap<>();
    try {
      SortedSetDocValues values = state.getDocValues();
      for (int ord = range.start(); ord <= range.end(); ord++) {
        String name = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[1];
        int space = name.lastIndexOf(' ');
        if (space < 0) {
          single.add(name);
        } else {
          byLastWord.computeIfAbsent(name.substring(space + 1), w -> new ArrayList<>(1)).add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> fullNames = new HashMap<>();
    Map<String, String> surnames = new HashMap<>();
    Map<String, Long> articles = null;
    for (String surname : single) {
      List<String> full = byLastWord.get(surname);
      if (full == null) {
        continue;
      }
      if (articles == null) {
        articles = articleCounts(state);
      }
      String dominant = dominant(full, articles);
      if (dominant != null) {
        fullNames.put(surname, dominant);
        surnames.put(dominant, surname);
      }
    }
    return fullNames.isEmpty() ? NONE : new NameAliases(fullNames, surnames);
  }

  /**
   * The one of {@code names} (full names sharing a surname) that the surname alone means: the name
   * of at least two articles and of {@value #DOMINANCE} times as many as any other ("Ronald Reagan"
   * in 24 articles beside "Nancy Reagan" in 1, "James Baker" in 216 beside "Howard Baker" in 30);
   * null when none is ("Manuel Johnson" in 16 beside "Paul Johnson" in 4 leaves "Johnson" alone).
   */
  private static String dominant(List<String> names, Map<String, Long> articles) {
    String top = null;
    long most = 0;
    long second = 0;
    for (String name : names) {
      long count = articles.getOrDefault(name, 0L);
      if (count > most) {
        second = most;
        most = count;
        top = name;
      } else {
        second = Math.max(second, count);
      }
    }
    return most >= 2 && most >= DOMINANCE * second ? top : null;
  }

  private static Map<String, Long> articleCounts(SortedSetDocValuesReaderState state) {
    try {
      Map<String, Long> counts = new HashMap<>();
      FacetResult all = new SortedSetDocValuesFacetCounts(state).getAllChildren(Schema.PERSON);
      if (all != null) {
        for (LabelAndValue value : all.labelValues) {
          counts.put(value.label, value.value.longValue());
        }
      }
      return counts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code request} with each person its filters name named by both forms; {@code request} itself when none is. */
  public SearchRequest widen(SearchRequest request) {
    if (fullNames.isEmpty() || request.filters().isEmpty()) {
      return request;
    }
    List<Filter> widened = request.filters().stream().map(this::widen).toList();
    return widened.equals(request.filters()) ? request : request.toBuilder().filters(widened).build();
  }

  private Filter widen(Filter filter) {
    return switch (filter) {
      case Term term -> {
        List<String> forms = forms(term);
        yield forms.size() == 1 ? term
            : Filter.anyOf(forms.stream().map(form -> new Term(Schema.PERSON, form)).toList());
      }
      case Filter.AnyOf any -> Filter.anyOf(any.filters().stream().map(this::widen).toList());
      case Filter.AllOf all -> Filter.allOf(all.filters().stream().map(this::widen).toList());
      case Filter.Not not -> Filter.not(widen(not.filter()));
    };
  }

  private List<String> forms(Term term) {
    if (!term.dimension().equals(Schema.PERSON)) {
      return List.of(term.value());
    }
    String full = fullNames.getOrDefault(term.value(), term.value());
    String surname = surnames.get(full);
    return surname == null ? List.of(full) : List.of(full, surname);
  }

  /**
   * The {@code person} values {@code counted} gives, each surname joined to its full name, most
   * frequent first, at most {@code limit}; other dimensions' values as they are.
   *
   * @param counted the count of a value, 0 when it has none
   */
  public List<FacetValue> join(String dim, List<FacetValue> values, CountOf counted, int limit) throws IOException {
    if (!dim.equals(Schema.PERSON) || fullNames.isEmpty()) {
      return values;
    }
    Map<String, Long> joined = new LinkedHashMap<>();
    for (FacetValue value : values) {
      String full = fullNames.getOrDefault(value.value(), value.value());
      if (!joined.containsKey(full)) {
        String surname = surnames.get(full);
        joined.put(full, counted.of(full) + (surname == null ? 0 : counted.of(surname)));
      }
    }
    return joined.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new FacetValue(e.getKey(), e.getValue(), List.of()))
        .toList();
  }

  /** How many articles hold one value. */
  @FunctionalInterface
  public interface CountOf {
    long of(String value) throws IOException;
  }

  /**
   * How many more values than {@code limit} a count reads, so that a name whose two forms each
   * rank just below the top still counts in it once joined.
   */
  public int extra(String dim, int limit) {
    return dim.equals(Schema.PERSON) ? Math.min(surnames.size(), limit) : 0;
  }
}

package dev.gazette.search;

import dev.gazette.Filter;
import dev.gazette.Filter.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a request's filters meet the facet counts, decided once for both backends. A filter naming
 * only values of one dimension ({@code topics:grain}, {@code topics:grain OR topics:wheat}) is a
 * <em>selection</em> of that dimension: the selections of one dimension are OR-ed (the checkboxes of
 * a facet sidebar), and the dimension's own counts ignore them (multi-select, Lucene's
 * drill-sideways). Every other filter ({@code AND} within one filter, {@code NOT}, {@code OR} across
 * dimensions) <em>narrows</em> the matches and every count alike.
 *
 * @param selections per dimension, the values any of which an article must hold
 * @param narrowing filters every match must pass, whatever is counted
 */
public record FilterPlan(Map<String, List<Term>> selections, List<Filter> narrowing) {

  /** Copies the parts. */
  public FilterPlan {
    Map<String, List<Term>> copy = new LinkedHashMap<>();
    selections.forEach((dim, values) -> copy.put(dim, List.copyOf(values)));
    selections = Collections.unmodifiableMap(copy);
    narrowing = List.copyOf(narrowing);
  }

  /** The plan of {@code filters}, the top-level filters of one request. */
  public static FilterPlan of(List<Filter> filters) {
    Map<String, List<Term>> selections = new LinkedHashMap<>();
    List<Filter> narrowing = new ArrayList<>();
    for (Filter filter : filters) {
      if (selects(filter)) {
        List<Term> values = selections.computeIfAbsent(filter.terms().getFirst().dimension(), d -> new ArrayList<>());
        filter.terms().stream().filter(term -> !values.contains(term)).forEach(values::add);
      } else {
        narrowing.add(filter);
      }
    }
    return new FilterPlan(selections, narrowing);
  }

  /** Whether {@code filter} is a term or alternatives of terms, all of one dimension. */
  private static boolean selects(Filter filter) {
    boolean termsOnly = filter instanceof Term
        || filter instanceof Filter.AnyOf any && any.filters().stream().allMatch(Term.class::isInstance);
    return termsOnly && filter.dimensions().size() == 1;
  }
}

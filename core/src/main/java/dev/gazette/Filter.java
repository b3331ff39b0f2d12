package dev.gazette;

import dev.gazette.parse.FilterSyntax;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which articles a search keeps, by their facet values: a {@link Term} ({@code topics:grain})
 * or {@link AnyOf}, {@link AllOf} and {@link Not} of other filters.
 *
 * <p>Written as text ({@link #parse}), the grammar is {@code dimension:value} terms joined by {@code
 * AND} and {@code OR} ({@code AND} binds tighter), negated by {@code NOT} or a leading {@code -},
 * grouped by parentheses: {@code topics:grain OR topics:wheat}, {@code -places:usa}, {@code
 * (topics:grain OR orgs:opec) AND NOT places:usa}. A value holding spaces before {@code AND} or
 * {@code OR}, quotes or parentheses is quoted: {@code country:"Trinidad AND Tobago"}. The server,
 * the command line and {@link #text()} all use this one grammar.
 */
public sealed interface Filter permits Filter.Term, Filter.AnyOf, Filter.AllOf, Filter.Not {

  /**
   * The filter {@code expression} writes, in the grammar above.
   *
   * @throws InvalidRequestException naming {@code filter} when the expression is malformed
   */
  static Filter parse(String expression) {
    return FilterSyntax.parse(expression,
        new FilterSyntax.Nodes<>(Term::new, Filter::anyOf, Filter::allOf, Filter::not));
  }

  /** Articles matching at least one of {@code filters}; nested alternatives are flattened. */
  static Filter anyOf(List<? extends Filter> filters) {
    List<Filter> flat = new ArrayList<>();
    filters.forEach(f -> flat.addAll(f instanceof AnyOf any ? any.filters() : List.of(f)));
    return flat.size() == 1 ? flat.getFirst() : new AnyOf(flat);
  }

  /** Articles matching every one of {@code filters}; nested conjunctions are flattened. */
  static Filter allOf(List<? extends Filter> filters) {
    List<Filter> flat = new ArrayList<>();
    filters.forEach(f -> flat.addAll(f instanceof AllOf all ? all.filters() : List.of(f)));
    return flat.size() == 1 ? flat.getFirst() : new AllOf(flat);
  }

  /** Articles not matching {@code filter}. */
  static Filter not(Filter filter) {
    return new Not(filter);
  }

  /** Every {@code dimension:value} term of this filter, in order. */
  List<Term> terms();

  /** This filter in the text grammar; {@link #parse} reads it back to an equal filter. */
  String text();

  /** The dimensions this filter names. */
  default Set<String> dimensions() {
    return terms().stream().map(Term::dimension).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * Articles whose facet {@code dimension} holds {@code value}. For the hierarchical {@code
   * published} dimension, the value is a path such as {@code 2024/06} or {@code 2024/06/19}.
   *
   * @param dimension facet dimension
   * @param value value, or slash-separated path for {@code published}
   */
  record Term(String dimension, String value) implements Filter {
    /** Checks both parts are present, and a {@code published} value is a date path. */
    public Term {
      FilterSyntax.checkTerm(dimension, value);
    }

    @Override
    public List<Term> terms() {
      return List.of(this);
    }

    /** {@code dimension:value}, the value quoted when it holds white space, quotes, parentheses or backslashes. */
    @Override
    public String text() {
      boolean plain = value.chars().noneMatch(c -> Character.isWhitespace(c) || "\"()\\".indexOf(c) >= 0);
      return dimension + ":" + (plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
  }

  /**
   * Articles matching at least one of {@code filters}.
   *
   * @param filters two or more alternatives
   */
  record AnyOf(List<Filter> filters) implements Filter {
    /** Copies the alternatives and checks there are two or more. */
    public AnyOf {
      filters = atLeastTwo(filters, "OR");
    }

    @Override
    public List<Term> terms() {
      return filters.stream().flatMap(f -> f.terms().stream()).toList();
    }

    @Override
    public String text() {
      return filters.stream().map(Filter::text).collect(Collectors.joining(" OR "));
    }
  }

  /**
   * Articles matching every one of {@code filters}.
   *
   * @param filters two or more conditions
   */
  record AllOf(List<Filter> filters) implements Filter {
    /** Copies the conditions and checks there are two or more. */
    public AllOf {
      filters = atLeastTwo(filters, "AND");
    }

    @Override
    public List<Term> terms() {
      return filters.stream().flatMap(f -> f.terms().stream()).toList();
    }

    @Override
    public String text() {
      return filters.stream().map(f -> f instanceof AnyOf ? "(" + f.text() + ")" : f.text())
          .collect(Collectors.joining(" AND "));
    }
  }

  /**
   * Articles not matching {@code filter}.
   *
   * @param filter what the articles must not match
   */
  record Not(Filter filter) implements Filter {
    /** Checks the filter is present. */
    public Not {
      if (filter == null) {
        throw new InvalidRequestException("filter", "NOT needs a filter after it, as NOT places:usa");
      }
    }

    @Override
    public List<Term> terms() {
      return filter.terms();
    }

    @Override
    public String text() {
      return "NOT " + (filter instanceof Term || filter instanceof Not ? filter.text() : "(" + filter.text() + ")");
    }
  }

  private static List<Filter> atLeastTwo(List<Filter> filters, String operator) {
    if (filters == null || filters.size() < 2 || filters.stream().anyMatch(Objects::isNull)) {
      throw new InvalidRequestException("filter", operator + " joins two or more filters");
    }
    return List.copyOf(filters);
  }
}

package dev.gazette.search;

import dev.gazette.search.Clause.Kind;
import java.util.List;
import java.util.Locale;

/**
 * What a search query uses, as the engine's parser reads it, for labelling the search's time in
 * metrics: a handful of values, so a label stays bounded whatever users type. A query using several
 * features counts as the one that usually costs most, in the order declared here.
 */
public enum QueryKind {
  /** No query text (or nothing searchable in it): filters, dates or facets only. */
  BROWSE,
  /** {@code prefix*}: expands to every term with that prefix. */
  PREFIX,
  /** {@code "quoted phrase"}: needs positions. */
  PHRASE,
  /** {@code field:term}. */
  FIELD,
  /** {@code OR}, {@code NOT} or {@code -excluded}. */
  BOOLEAN,
  /** Plain words. */
  WORDS;

  private static final UserQueryParser PARSER = UserQueryParser.anyField();

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The lower-case name, as a metrics label value. */
  public String label() {
    return label;
  }

  /**
   * The kind of {@code query} as a search reads it; any {@code name:} counts as a field, as the
   * index's own dimensions are not at hand here.
   */
  public static QueryKind of(String query) {
    return of(PARSER.parse(query));
  }

  /** The kind of a query read into {@code clauses}. */
  public static QueryKind of(List<Clause> clauses) {
    if (clauses.isEmpty()) {
      return BROWSE;
    }
    if (clauses.stream().anyMatch(clause -> clause.kind() == Kind.PREFIX)) {
      return PREFIX;
    }
    if (clauses.stream().anyMatch(clause -> clause.kind() == Kind.PHRASE)) {
      return PHRASE;
    }
    if (clauses.stream().anyMatch(clause -> clause.field() != null)) {
      return FIELD;
    }
    boolean grouped = clauses.stream().map(Clause::group).distinct().count() < clauses.size();
    if (grouped || clauses.stream().anyMatch(Clause::excluded)) {
      return BOOLEAN;
    }
    return WORDS;
  }
}

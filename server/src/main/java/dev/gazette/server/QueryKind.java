package dev.gazette.server;

import java.util.Locale;

/**
 * What a search query uses, for the {@code kind} label of the search latency: a handful of values,
 * so the label stays bounded whatever users type. A query using several features counts as the one
 * that usually costs most, in the order declared here.
 */
enum QueryKind {
  /** No query text: filters, dates or facets only. */
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

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The label value. */
  String label() {
    return label;
  }

  /** The kind of {@code query}, found by a few character scans. */
  static QueryKind of(String query) {
    if (query.isBlank()) {
      return BROWSE;
    }
    if (query.indexOf('*') >= 0) {
      return PREFIX;
    }
    if (query.indexOf('"') >= 0) {
      return PHRASE;
    }
    if (query.indexOf(':') > 0) {
      return FIELD;
    }
    if (query.startsWith("-") || query.contains(" -") || hasWord(query, "OR") || hasWord(query, "NOT")) {
      return BOOLEAN;
    }
    return WORDS;
  }

  /** Whether {@code word} stands in {@code query} between spaces or at either end. */
  private static boolean hasWord(String query, String word) {
    for (int at = query.indexOf(word); at >= 0; at = query.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean starts = at == 0 || Character.isWhitespace(query.charAt(at - 1));
      if (starts && (end == query.length() || Character.isWhitespace(query.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}

package dev.gazette.search;

/**
 * One piece of a user query.
 *
 * @param kind a word, a quoted phrase, or a prefix
 * @param field the field or facet dimension it is restricted to, or {@code null} for the text fields
 * @param text the word, phrase or prefix as typed
 * @param excluded whether matching articles are excluded ({@code -word})
 * @param group clauses sharing a group number were joined by {@code OR}
 */
public record Clause(Kind kind, String field, String text, boolean excluded, int group) {

  /** What a clause holds. */
  public enum Kind {
    /** A plain word. */
    WORD,
    /** A quoted phrase, matched exactly (unstemmed). */
    PHRASE,
    /** A word ending in {@code *}. */
    PREFIX
  }
}

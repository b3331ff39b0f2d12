package dev.gazette.analysis;

/**
 * One indexed field as data: its name, what kind of values it holds, and how it is analyzed.
 *
 * @param name the Lucene field name
 * @param kind what the field holds
 * @param analyzer the analyzer's name for text fields ({@code english} or {@code exact}), else {@code null}
 * @param stored whether the original value is kept to return it
 */
public record FieldDef(String name, Kind kind, String analyzer, boolean stored) {

  /** What a field holds. */
  public enum Kind {
    /** Analyzed full text, with positions (and offsets when stored, for highlighting). */
    TEXT,
    /** One exact value per entry, not analyzed. */
    KEYWORD,
    /** An instant, as epoch milliseconds. */
    DATE,
    /** Kept only to be returned, not searchable. */
    STORED
  }
}

package dev.gazette;

/**
 * One completion of what the user typed, from {@link Gazette#suggest}.
 *
 * @param text the completion as plain text
 * @param highlighted {@code text} HTML-escaped, with the typed part wrapped in the caller's tags
 * @param kind whether it is an article title or a phrase articles share
 * @param articleId the id of the titled article; {@code null} for phrases
 */
public record Suggestion(String text, String highlighted, Kind kind, String articleId) {

  /** Where a completion comes from. */
  public enum Kind {
    /** The title of one article. */
    TITLE,
    /** A word or phrase of up to three words that several articles contain, lowercased and accent-folded. */
    PHRASE
  }
}

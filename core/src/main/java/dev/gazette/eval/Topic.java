package dev.gazette.eval;

/**
 * One query of a test collection.
 *
 * @param id the topic id, as the qrels name it
 * @param text the query text
 */
public record Topic(String id, String text) {
  /** Checks both parts are present. */
  public Topic {
    if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a topic id must be a non-empty word without spaces");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("topic " + id + " has no text");
    }
  }
}

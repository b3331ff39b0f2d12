package dev.gazette.eval;

/**
 * One retrieved document.
 *
 * @param docId the document (article) id
 * @param score its retrieval score; higher ranks first
 */
public record Retrieved(String docId, float score) {
  /** Checks the id is a word a run file can hold and the score a number. */
  public Retrieved {
    if (docId == null || docId.isEmpty() || docId.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a document id in a run must be a non-empty word without spaces");
    }
    if (Float.isNaN(score)) {
      throw new IllegalArgumentException("the score of document " + docId + " is not a number");
    }
  }
}

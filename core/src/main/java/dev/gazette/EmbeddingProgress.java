package dev.gazette;

/**
 * How far an index is embedded for search by meaning. Vectors are computed in the background after
 * articles are searchable by their words, so for a while after a load only some articles can be
 * found by meaning; a hybrid search then still works, over the part embedded, and says so.
 *
 * @param model the embedder's name
 * @param embedded live articles that have their vector
 * @param articles live articles
 */
public record EmbeddingProgress(String model, long embedded, long articles) {
  /** Whether some articles still wait for their vector. */
  public boolean partial() {
    return embedded < articles;
  }
}

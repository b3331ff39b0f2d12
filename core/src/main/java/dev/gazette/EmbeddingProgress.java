package dev.gazette;

/**
 * How far an index is embedded for search by meaning. Vectors are computed in the background after
 * articles are searchable by their words, so for a while after a load only some articles can be
 * found by meaning; a hybrid search then still works, over the part embedded, and says so.
 *
 * @param model the embedder's name
 * @param embedded live articles that have their vector
 * @param articles live articles
 * @param partial whether some articles still wait for their vector ({@code embedded < articles})
 */
public record EmbeddingProgress(String model, long embedded, long articles, boolean partial) {
  /** Checks {@code partial} says what the counts say. */
  public EmbeddingProgress {
    if (partial != (embedded < articles)) {
      throw new IllegalArgumentException("partial must be embedded < articles");
    }
  }

  /** The progress of {@code embedded} of {@code articles} with {@code model}. */
  public static EmbeddingProgress of(String model, long embedded, long articles) {
    return new EmbeddingProgress(model, embedded, articles, embedded < articles);
  }
}

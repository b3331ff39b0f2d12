package dev.gazette;

import java.nio.file.Path;

/**
 * How search by meaning runs beside search by words: the {@link Embedder} that turns articles and
 * queries into vectors ({@code null}: none, so every search is by words), and how the two rankings
 * are fused. Part of {@link GazetteConfig}; an index searched without an embedder keeps any vectors
 * it holds but does not use them.
 *
 * @param embedder the model, or {@code null} for search by words only
 * @param ratio the default weight of meaning against words in a hybrid search, from 0 (words only)
 *     to 1 (meaning only); a request may set its own ({@link SearchRequest#semanticRatio()})
 * @param fusion how the two rankings are combined by default
 * @param candidates how many of the best matches by words the fusion reranks
 * @param neighbours how many articles nearest in meaning the fusion adds (the k of k-nearest-neighbours)
 * @param background whether a writable index embeds its articles in the background as they are
 *     written; off, they are embedded only when asked ({@link Gazette#embedAll})
 * @param reuseFrom the folder of another index (an earlier build of the same articles) whose vector
 *     an article takes when its text and the model are unchanged, instead of embedding it again;
 *     {@code null} for none. A data folder's reindex reuses the previous generation's vectors so.
 */
public record SemanticSearch(Embedder embedder, double ratio, Fusion fusion, int candidates, int neighbours,
    boolean background, Path reuseFrom) {

  /** Most candidates or neighbours one search may fuse. */
  public static final int MAX_DEPTH = 10_000;

  /** How the rankings by words and by meaning become one. */
  public enum Fusion {
    /**
     * Each ranking's scores scaled to 0–1 over its own candidates (min–max), then {@code ratio ×
     * meaning + (1 − ratio) × words}; an article missing from one ranking scores 0 there.
     */
    CONVEX,
    /** Reciprocal rank fusion: {@code ratio / (60 + rank by meaning) + (1 − ratio) / (60 + rank by words)}. */
    RRF
  }

  /** Checks the numbers are in range. */
  public SemanticSearch {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new IllegalArgumentException("the semantic ratio must be between 0 and 1");
    }
    if (fusion == null) {
      throw new IllegalArgumentException("fusion must be set");
    }
    if (candidates < 1 || candidates > MAX_DEPTH || neighbours < 1 || neighbours > MAX_DEPTH) {
      throw new IllegalArgumentException("candidates and neighbours must be between 1 and " + MAX_DEPTH);
    }
  }

  /** Whether articles and queries are embedded at all. */
  public boolean enabled() {
    return embedder != null;
  }

  /** Sets meaning-search choices; a field not set keeps its default (or the value it is copied from). */
  public static final class Builder {
    private Embedder embedder;
    private double ratio = 0.5;
    private Fusion fusion = Fusion.CONVEX;
    private int candidates = 100;
    private int neighbours = 100;
    private boolean background = true;
    private Path reuseFrom;

    Builder() {}

    Builder(SemanticSearch from) {
      embedder = from.embedder;
      ratio = from.ratio;
      fusion = from.fusion;
      candidates = from.candidates;
      neighbours = from.neighbours;
      background = from.background;
      reuseFrom = from.reuseFrom;
    }

    /** The model, or {@code null} for none (the default). */
    public Builder embedder(Embedder value) {
      embedder = value;
      return this;
    }

    /** The default weight of meaning against words (default 0.5). */
    public Builder ratio(double value) {
      ratio = value;
      return this;
    }

    /** The default fusion (default {@link Fusion#CONVEX}). */
    public Builder fusion(Fusion value) {
      fusion = value;
      return this;
    }

    /** How many matches by words are fused (default 100). */
    public Builder candidates(int value) {
      candidates = value;
      return this;
    }

    /** How many nearest articles by meaning are fused (default 100). */
    public Builder neighbours(int value) {
      neighbours = value;
      return this;
    }

    /** Whether articles are embedded in the background as they are written (default true). */
    public Builder background(boolean value) {
      background = value;
      return this;
    }

    /** An index whose vectors are reused for unchanged articles, or {@code null} for none (the default). */
    public Builder reuseFrom(Path value) {
      reuseFrom = value;
      return this;
    }

    SemanticSearch build() {
      return new SemanticSearch(embedder, ratio, fusion, candidates, neighbours, background, reuseFrom);
    }
  }
}

package dev.gazette.plan;

import dev.gazette.SemanticSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule by which matches by words and articles near in meaning become one ranking, for
 * every backend: the best matches by words (the candidates) and the nearest articles, each side's
 * scores scaled to 0–1 over its own list (min–max) and combined {@code ratio × meaning + (1 − ratio)
 * × words}, or by reciprocal rank fusion. A side an article is missing from gives it 0. The
 * matches by words beyond the candidates follow the fused ones in their own order ({@link #then}),
 * so paging deeper stays consistent.
 */
public final class HybridFusion {
  /** The rank constant of reciprocal rank fusion, as in its paper and in Elasticsearch and OpenSearch. */
  public static final int RRF_K = 60;

  private HybridFusion() {}

  /** An article of one ranking, {@code key} naming it (a document number or an id), with its score there. */
  public record Ranked<K>(K key, float score) {}

  /**
   * One article of the fused ranking.
   *
   * @param key the article
   * @param score the fused score
   * @param words its scaled score by words (0 when it has none)
   * @param meaning its scaled score by meaning (0 when it is not among the nearest)
   * @param wordRank its rank by words from 1, or 0 when it has none
   * @param meaningRank its rank by meaning from 1, or 0
   */
  public record Fused<K>(K key, float score, float words, float meaning, int wordRank, int meaningRank) {}

  /**
   * The candidates by {@code words} (best first, at most {@code semantic.candidates()}) and {@code
   * meaning} (nearest first) fused as {@code semantic} says, best first; ties keep the order by
   * words, then by meaning.
   */
  public static <K> List<Fused<K>> fuse(List<Ranked<K>> words, List<Ranked<K>> meaning, QueryPlan.Semantic semantic) {
    Scale wordScale = Scale.of(words);
    Scale meaningScale = Scale.of(meaning);
    double ratio = semantic.ratio();
    boolean rrf = semantic.fusion() == SemanticSearch.Fusion.RRF;
    Map<K, Fused<K>> fused = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      Ranked<K> r = words.get(i);
      float scaled = wordScale.apply(r.score());
      fused.put(r.key(), new Fused<>(r.key(), 0, scaled, 0, i + 1, 0));
    }
    for (int i = 0; i < meaning.size(); i++) {
      Ranked<K> r = meaning.get(i);
      float scaled = meaningScale.apply(r.score());
      Fused<K> known = fused.get(r.key());
      fused.put(r.key(), known == null
          ? new Fused<>(r.key(), 0, 0, scaled, 0, i + 1)
          : new Fused<>(r.key(), 0, known.words(), scaled, known.wordRank(), i + 1));
    }
    List<Fused<K>> ranked = new ArrayList<>(fused.size());
    for (Fused<K> f : fused.values()) {
      double score = rrf
          ? ratio * reciprocal(f.meaningRank()) + (1 - ratio) * reciprocal(f.wordRank())
          : ratio * f.meaning() + (1 - ratio) * f.words();
      ranked.add(new Fused<>(f.key(), (float) score, f.words(), f.meaning(), f.wordRank(), f.meaningRank()));
    }
    ranked.sort(Comparator.comparingDouble((Fused<K> f) -> -f.score()));
    return ranked;
  }

  /**
   * {@code fused} followed by the matches by words past the candidates, {@code deeper} (best first,
   * ranked from {@code semantic.candidates() + 1}), those already fused left out: each scored as
   * its words would score alone, never above the last fused article.
   */
  public static <K> List<Fused<K>> then(List<Fused<K>> fused, List<Ranked<K>> deeper, QueryPlan.Semantic semantic) {
    List<Fused<K>> all = new ArrayList<>(fused);
    Set<K> seen = new HashSet<>();
    fused.forEach(f -> seen.add(f.key()));
    float floor = fused.isEmpty() ? Float.MAX_VALUE : fused.getLast().score();
    double ratio = semantic.ratio();
    for (int i = 0; i < deeper.size(); i++) {
      Ranked<K> r = deeper.get(i);
      int rank = semantic.candidates() + i + 1;
      if (seen.add(r.key())) {
        double alone = semantic.fusion() == SemanticSearch.Fusion.RRF ? (1 - ratio) * reciprocal(rank) : 0;
        floor = Math.min(floor, (float) alone);
        all.add(new Fused<>(r.key(), floor, 0, 0, rank, 0));
      }
    }
    return all;
  }

  private static double reciprocal(int rank) {
    return rank == 0 ? 0 : 1.0 / (RRF_K + rank);
  }

  /** Min–max scaling over the scores of a ranking; all alike scale to 1. */
  private record Scale(float min, float max) {
    static <K> Scale of(List<Ranked<K>> ranking) {
      float max = Float.NEGATIVE_INFINITY;
      float min = Float.POSITIVE_INFINITY;
      for (Ranked<K> r : ranking) {
        max = Math.max(max, r.score());
        min = Math.min(min, r.score());
      }
      return new Scale(min, max);
    }

    float apply(float score) {
      return max > min ? (score - min) / (max - min) : 1;
    }
  }
}

package dev.gazette.eval;

import dev.gazette.GazetteException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The ranking and the measures of {@code trec_eval} 9: a run ranked by score with ties broken by
 * document id in reverse byte order, relevance meaning a grade above 0, and nDCG with the judged
 * grades as gains and a {@code log2(rank + 1)} discount.
 */
final class TrecMetrics {
  /** Rank cut-off of nDCG, MRR and precision. */
  static final int TOP = 10;
  /** Rank cut-off of the first recall. */
  static final int RECALL_CUT = 100;
  /** Rank cut-off of average precision and the second recall. */
  static final int DEEP_CUT = 1000;

  /** {@code trec_eval}'s order: higher score first, then the greater document id (compared as UTF-8 bytes). */
  static final Comparator<Retrieved> ORDER = (a, b) -> {
    if (a.score() != b.score()) {
      return a.score() > b.score() ? -1 : 1;
    }
    return Arrays.compareUnsigned(bytes(b.docId()), bytes(a.docId()));
  };

  private TrecMetrics() {}

  /**
   * {@code docs} in {@code trec_eval}'s order, cut at {@code depth}. Throws {@link
   * GazetteException} when a document is listed twice, as {@code trec_eval} refuses such a run.
   */
  static List<Retrieved> rank(String topicId, List<Retrieved> docs, int depth) {
    Set<String> seen = new HashSet<>();
    for (Retrieved doc : docs) {
      if (!seen.add(doc.docId())) {
        throw new GazetteException("the run lists document " + doc.docId() + " twice for topic " + topicId);
      }
    }
    return docs.stream().sorted(ORDER).limit(depth).toList();
  }

  /** The scores of {@code ranked}, a run already in rank order, against {@code grades}. */
  static QueryScores score(String topicId, List<Retrieved> ranked, Map<String, Integer> grades) {
    int relevant = (int) grades.values().stream().filter(grade -> grade > 0).count();
    int found = 0;
    int foundTop = 0;
    int foundRecallCut = 0;
    int foundDeepCut = 0;
    double precisionSum = 0;
    double dcg = 0;
    double reciprocalRank = 0;
    for (int i = 0; i < ranked.size(); i++) {
      int grade = grades.getOrDefault(ranked.get(i).docId(), 0);
      if (grade <= 0) {
        continue;
      }
      found++;
      if (i < TOP) {
        foundTop++;
        dcg += grade / discount(i);
        reciprocalRank = reciprocalRank == 0 ? 1.0 / (i + 1) : reciprocalRank;
      }
      if (i < RECALL_CUT) {
        foundRecallCut++;
      }
      if (i < DEEP_CUT) {
        foundDeepCut++;
        precisionSum += (double) foundDeepCut / (i + 1);
      }
    }
    double idealDcg = idealDcg(grades);
    Scores scores = new Scores(
        idealDcg > 0 ? dcg / idealDcg : 0,
        share(precisionSum, relevant),
        share(foundRecallCut, relevant),
        share(foundDeepCut, relevant),
        reciprocalRank,
        (double) foundTop / TOP);
    return new QueryScores(topicId, relevant, ranked.size(), found, scores);
  }

  /** The arithmetic mean of each metric over {@code all}; zeros when it is empty. */
  static Scores mean(List<Scores> all) {
    double n = Math.max(1, all.size());
    ToDoubleFunction<Metric> mean = metric -> all.stream().mapToDouble(metric::of).sum() / n;
    return new Scores(mean.applyAsDouble(Metric.NDCG_10), mean.applyAsDouble(Metric.MAP),
        mean.applyAsDouble(Metric.RECALL_100), mean.applyAsDouble(Metric.RECALL_1000),
        mean.applyAsDouble(Metric.MRR_10), mean.applyAsDouble(Metric.P_10));
  }

  /** The DCG of the best possible ranking: the highest grades first. */
  private static double idealDcg(Map<String, Integer> grades) {
    int[] best = grades.values().stream().filter(grade -> grade > 0)
        .sorted(Comparator.reverseOrder()).limit(TOP).mapToInt(Integer::intValue).toArray();
    double ideal = 0;
    for (int i = 0; i < best.length; i++) {
      ideal += best[i] / discount(i);
    }
    return ideal;
  }

  /** The discount at 0-based position {@code i}: {@code log2} of the 1-based rank plus one. */
  private static double discount(int i) {
    return Math.log(i + 2) / Math.log(2);
  }

  private static double share(double part, int whole) {
    return whole == 0 ? 0 : part / whole;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

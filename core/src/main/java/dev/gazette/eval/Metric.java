package dev.gazette.eval;

import java.util.function.ToDoubleFunction;

/** The measures, each named for the table and, as in {@code trec_eval}, for JSON. */
public enum Metric {
  /** Normalised discounted cumulative gain of the first 10, gains being the judged grades. */
  NDCG_10("nDCG@10", "ndcg_cut_10", Scores::ndcg10),
  /** Average precision over the first 1000: the mean of the precision at each relevant one. */
  MAP("MAP@1000", "map", Scores::map),
  /** Share of the relevant documents found in the first 100. */
  RECALL_100("Recall@100", "recall_100", Scores::recall100),
  /** Share of the relevant documents found in the first 1000. */
  RECALL_1000("Recall@1000", "recall_1000", Scores::recall1000),
  /** Reciprocal rank of the first relevant document, 0 when it is not in the first 10. */
  MRR_10("MRR@10", "recip_rank_10", Scores::mrr10),
  /** Share of relevant documents among the first 10, counting missing places as not relevant. */
  P_10("P@10", "P_10", Scores::p10);

  private final String label;
  private final String key;
  private final ToDoubleFunction<Scores> value;

  Metric(String label, String key, ToDoubleFunction<Scores> value) {
    this.label = label;
    this.key = key;
    this.value = value;
  }

  /** The name shown in the table of means. */
  public String label() {
    return label;
  }

  /**
   * The name used in JSON: {@code trec_eval}'s measure name ({@code recip_rank_10} is its
   * {@code recip_rank} with {@code -M 10}).
   */
  public String key() {
    return key;
  }

  /** This metric's value in {@code scores}. */
  public double of(Scores scores) {
    return value.applyAsDouble(scores);
  }
}

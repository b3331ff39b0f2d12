package dev.gazette.eval;

/**
 * The value of every {@link Metric}, for one topic or averaged.
 *
 * @param ndcg10 see {@link Metric#NDCG_10}
 * @param map see {@link Metric#MAP}
 * @param recall100 see {@link Metric#RECALL_100}
 * @param recall1000 see {@link Metric#RECALL_1000}
 * @param mrr10 see {@link Metric#MRR_10}
 * @param p10 see {@link Metric#P_10}
 */
public record Scores(double ndcg10, double map, double recall100, double recall1000, double mrr10, double p10) {}

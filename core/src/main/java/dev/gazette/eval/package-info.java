/**
 * Relevance evaluation against judged test collections, the way {@code trec_eval} scores them.
 *
 * <p>The public API is the facade {@link dev.gazette.eval.Evaluation} (read topics, run them on a
 * {@link dev.gazette.Gazette}, score a run) and the values it takes and returns: {@link
 * dev.gazette.eval.Topic}, {@link dev.gazette.eval.Qrels}, {@link dev.gazette.eval.Retrieved},
 * {@link dev.gazette.eval.Metric}, {@link dev.gazette.eval.Scores}, {@link
 * dev.gazette.eval.QueryScores} and {@link dev.gazette.eval.Report}. The workers (reading topic and
 * qrels files, retrieving a run, the {@code trec_eval} ranking and measures, the report and run-file
 * formats) are package-private. The package depends on {@code dev.gazette} and nothing there
 * depends on it, and no two of its files depend on each other in a circle.
 */
package dev.gazette.eval;

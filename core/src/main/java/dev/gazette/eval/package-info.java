/**
 * Internal: the workings of {@link dev.gazette.Evaluation} — reading topics and TREC qrels,
 * retrieving a run from the engine, the {@code trec_eval} ranking and measures, and the report
 * and run-file formats. Not part of the public API.
 */
package dev.gazette.eval;

package dev.gazette.eval;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation.
 *
 * @param depth the most documents retrieved per topic
 * @param means the metrics averaged over {@code queries}
 * @param queries the scores of each topic with a relevant judgment, in topic order
 * @param skipped ids of topics without a relevant judgment, not scored
 * @param run every topic's retrieved documents in rank order, cut at {@code depth}
 */
public record Report(
    int depth, Scores means, List<QueryScores> queries, List<String> skipped, Map<String, List<Retrieved>> run) {

  /** Copies the collections. */
  public Report {
    queries = List.copyOf(queries);
    skipped = List.copyOf(skipped);
    Map<String, List<Retrieved>> copy = new LinkedHashMap<>();
    run.forEach((topic, docs) -> copy.put(topic, List.copyOf(docs)));
    run = Collections.unmodifiableMap(copy);
  }

  /** The means as a plain-text table, one metric a line, with the number of topics scored. */
  public String table() {
    return ReportFormat.table(means, queries.size(), skipped.size(), depth);
  }

  /** The means and each topic's scores as a JSON document, metrics keyed by {@link Metric#key()}. */
  public String json() {
    return ReportFormat.json(depth, means, queries, skipped);
  }

  /**
   * Writes the run as a TREC run file ({@code topic Q0 document rank score tag} lines) to
   * {@code file}, replacing it. {@code tag} names the run; it must be a word without spaces.
   */
  public void writeRun(Path file, String tag) {
    TrecRunWriter.write(run, tag, file);
  }
}

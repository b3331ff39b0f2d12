package dev.gazette.eval;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.Evaluation.Metric;
import dev.gazette.Evaluation.QueryScores;
import dev.gazette.Evaluation.Report;
import dev.gazette.Evaluation.Scores;
import java.util.Locale;

/** Formats a {@link Report}: the table of means for people, and JSON with every topic for tools. */
public final class ReportFormat {
  private ReportFormat() {}

  /** One aligned line per metric, then how many topics were scored and skipped. */
  public static String table(Report report) {
    int width = "metric".length();
    for (Metric metric : Metric.values()) {
      width = Math.max(width, metric.label().length());
    }
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%-" + width + "s  %6s\n", "metric", "mean"));
    for (Metric metric : Metric.values()) {
      table.append(String.format(Locale.ROOT, "%-" + width + "s  %6.4f\n", metric.label(), metric.of(report.means())));
    }
    table.append(String.format(Locale.ROOT, "%d topics scored, %d without relevant judgments skipped, depth %d\n",
        report.queries().size(), report.skipped().size(), report.depth()));
    return table.toString();
  }

  /**
   * {@code depth}, {@code skipped}, {@code means} and {@code queries}: each topic's id, {@code
   * num_rel}, {@code num_ret}, {@code num_rel_ret} (as {@code trec_eval} names them) and metrics.
   */
  public static String json(Report report) {
    JsonObject root = new JsonObject();
    root.addProperty("depth", report.depth());
    root.addProperty("topics", report.queries().size());
    JsonArray skipped = new JsonArray();
    report.skipped().forEach(skipped::add);
    root.add("skipped", skipped);
    root.add("means", metrics(new JsonObject(), report.means()));
    JsonArray queries = new JsonArray();
    for (QueryScores query : report.queries()) {
      JsonObject entry = new JsonObject();
      entry.addProperty("id", query.topicId());
      entry.addProperty("num_rel", query.relevant());
      entry.addProperty("num_ret", query.retrieved());
      entry.addProperty("num_rel_ret", query.relevantRetrieved());
      queries.add(metrics(entry, query.scores()));
    }
    root.add("queries", queries);
    return new GsonBuilder().setPrettyPrinting().create().toJson(root);
  }

  private static JsonObject metrics(JsonObject into, Scores scores) {
    for (Metric metric : Metric.values()) {
      into.addProperty(metric.key(), metric.of(scores));
    }
    return into;
  }
}

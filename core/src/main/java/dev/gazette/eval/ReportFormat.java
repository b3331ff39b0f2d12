package dev.gazette.eval;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * Formats the parts of a report: the table of means for people, and JSON with every topic for
 * tools. It takes the parts rather than the report, so the report can format itself through it.
 */
final class ReportFormat {
  private ReportFormat() {}

  /** One aligned line per metric, then how many topics were scored and skipped. */
  static String table(Scores means, int scored, int skipped, int depth) {
    int width = "metric".length();
    for (Metric metric : Metric.values()) {
      width = Math.max(width, metric.label().length());
    }
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%-" + width + "s  %6s\n", "metric", "mean"));
    for (Metric metric : Metric.values()) {
      table.append(String.format(Locale.ROOT, "%-" + width + "s  %6.4f\n", metric.label(), metric.of(means)));
    }
    table.append(String.format(Locale.ROOT, "%d topics scored, %d without relevant judgments skipped, depth %d\n",
        scored, skipped, depth));
    return table.toString();
  }

  /**
   * {@code depth}, {@code skipped}, {@code means} and {@code queries}: each topic's id, {@code
   * num_rel}, {@code num_ret}, {@code num_rel_ret} (as {@code trec_eval} names them) and metrics.
   */
  static String json(int depth, Scores means, List<QueryScores> queries, List<String> skipped) {
    JsonObject root = new JsonObject();
    root.addProperty("depth", depth);
    root.addProperty("topics", queries.size());
    JsonArray skippedIds = new JsonArray();
    skipped.forEach(skippedIds::add);
    root.add("skipped", skippedIds);
    root.add("means", metrics(new JsonObject(), means));
    JsonArray scored = new JsonArray();
    for (QueryScores query : queries) {
      JsonObject entry = new JsonObject();
      entry.addProperty("id", query.topicId());
      entry.addProperty("num_rel", query.relevant());
      entry.addProperty("num_ret", query.retrieved());
      entry.addProperty("num_rel_ret", query.relevantRetrieved());
      scored.add(metrics(entry, query.scores()));
    }
    root.add("queries", scored);
    return new GsonBuilder().setPrettyPrinting().create().toJson(root);
  }

  private static JsonObject metrics(JsonObject into, Scores scores) {
    for (Metric metric : Metric.values()) {
      into.addProperty(metric.key(), metric.of(scores));
    }
    return into;
  }
}

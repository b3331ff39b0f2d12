package dev.gazette.eval;

import dev.gazette.GazetteException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Relevance judgments: for each topic id, the grade of each judged document id. A grade above 0
 * means relevant (higher is more relevant, the gain in nDCG); 0 or below means not relevant.
 *
 * @param judgments topic id to document id to grade
 */
public record Qrels(Map<String, Map<String, Integer>> judgments) {
  /** Copies the maps. */
  public Qrels {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgments.forEach((topic, grades) -> copy.put(topic, Map.copyOf(grades)));
    judgments = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a TREC qrels file: lines {@code topic iteration document grade}, separated by white
   * space; blank lines are skipped. Throws {@link GazetteException} naming the line at fault.
   */
  public static Qrels read(Path file) {
    return new Qrels(QrelsReader.read(file));
  }

  /** The grades of {@code topicId}'s judged documents; empty when it has none. */
  public Map<String, Integer> grades(String topicId) {
    return judgments.getOrDefault(topicId, Map.of());
  }

  /** How many documents are judged relevant (grade above 0) for {@code topicId}. */
  public int relevantCount(String topicId) {
    return (int) grades(topicId).values().stream().filter(grade -> grade > 0).count();
  }
}

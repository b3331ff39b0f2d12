package dev.gazette.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads TREC qrels: {@code topic iteration document grade} lines, separated by white space. */
final class QrelsReader {
  private QrelsReader() {}

  /** Topic id to document id to grade, topics in file order. */
  static Map<String, Map<String, Integer>> read(Path file) {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    NumberedLines.read(file, "qrels", (number, line) -> {
      String[] fields = line.strip().split("\\s+");
      if (fields.length != 4) {
        throw new IllegalArgumentException(
            "expected 4 fields 'topic iteration document grade', found " + fields.length + ": " + line.strip());
      }
      int grade = grade(fields[3]);
      Integer previous = judgments.computeIfAbsent(fields[0], topic -> new HashMap<>()).put(fields[2], grade);
      if (previous != null) {
        throw new IllegalArgumentException("document " + fields[2] + " is judged twice for topic " + fields[0]);
      }
    });
    return judgments;
  }

  private static int grade(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the grade must be a whole number, found '" + text + "'");
    }
  }
}

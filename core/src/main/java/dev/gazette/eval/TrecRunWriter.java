package dev.gazette.eval;

import dev.gazette.GazetteException;
import dev.gazette.InvalidRequestException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a run in the TREC format, {@code topic Q0 document rank score tag} a line. Scores are
 * written in full float precision, so {@code trec_eval} ranks the file exactly as it was scored.
 */
final class TrecRunWriter {
  private TrecRunWriter() {}

  /** Writes {@code run}, each topic's documents in rank order, to {@code file} under the name {@code tag}. */
  static void write(Map<String, List<Retrieved>> run, String tag, Path file) {
    if (tag == null || tag.isEmpty() || tag.chars().anyMatch(Character::isWhitespace)) {
      throw new InvalidRequestException("tag", "the run tag must be a non-empty word without spaces");
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Retrieved>> topic : run.entrySet()) {
        int rank = 0;
        for (Retrieved doc : topic.getValue()) {
          out.write(topic.getKey() + " Q0 " + doc.docId() + " " + ++rank + " " + doc.score() + " " + tag + "\n");
        }
      }
    } catch (IOException e) {
      throw new GazetteException("could not write the run file " + file + ": " + e.getMessage(), e);
    }
  }
}

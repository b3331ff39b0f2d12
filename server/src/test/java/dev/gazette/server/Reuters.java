package dev.gazette.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The Reuters-21578 corpus of the shared research folder, one JSON article per line. */
final class Reuters {
  private Reuters() {}

  /** The corpus file, when the shared research data is there. */
  static Optional<Path> corpus() {
    Path corpus = shared().resolve("data/reuters21578/reuters21578.jsonl.gz");
    return Files.isRegularFile(corpus) ? Optional.of(corpus) : Optional.empty();
  }

  /** The first {@code count} articles of {@code corpus}, each as its JSON line. */
  static List<String> firstArticles(Path corpus, int count) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null && lines.size() < count; line = in.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The shared research folder: {@code gazette.shared}, else {@code GAZETTE_SHARED}, else beside the repository. */
  static Path shared() {
    String configured = System.getProperty("gazette.shared", System.getenv("GAZETTE_SHARED"));
    return (configured != null ? Path.of(configured) : Path.of("../../shared")).toAbsolutePath().normalize();
  }
}

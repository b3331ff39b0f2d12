package dev.gazette.bench.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the read-only research data lives: system property {@code gazette.shared}, else
 * environment variable {@code GAZETTE_SHARED}, else {@code ../shared} beside the repository.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data folder ({@code .../shared/data}); fails with a clear message when absent. */
  public static Path dataDir() {
    String configured = System.getProperty("gazette.shared", System.getenv("GAZETTE_SHARED"));
    Path shared = configured != null ? Path.of(configured) : Path.of("..", "shared");
    Path data = shared.resolve("data").toAbsolutePath().normalize();
    if (!Files.isDirectory(data)) {
      throw new IllegalStateException("the benchmark data folder " + data + " is missing; set -Dgazette.shared or "
          + "GAZETTE_SHARED to the folder holding data/reuters21578 and data/search-benchmark-game");
    }
    return data;
  }

  /** The Reuters-21578 JSON Lines file. */
  public static Path reuters() {
    return dataDir().resolve("reuters21578").resolve("reuters21578.jsonl.gz");
  }

  /** The search-benchmark-game query file. */
  public static Path queries() {
    return dataDir().resolve("search-benchmark-game").resolve("queries.txt");
  }
}

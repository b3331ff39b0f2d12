package dev.gazette;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files tests need: the repository's own files and the shared research data. */
public final class TestData {
  private TestData() {}

  /** The repository folder (the parent of the module the tests run in). */
  public static Path repository() {
    return Path.of("").toAbsolutePath().getParent();
  }

  /**
   * The shared research folder: system property {@code gazette.shared}, else environment variable
   * {@code GAZETTE_SHARED}, else {@code ../shared} beside the repository.
   */
  public static Path shared() {
    String configured = System.getProperty("gazette.shared", System.getenv("GAZETTE_SHARED"));
    Path shared = configured != null ? Path.of(configured) : repository().resolve("../shared");
    return shared.toAbsolutePath().normalize();
  }

  /** {@code relative} in the shared data folder; skips the calling test when it is not there. */
  public static Path sharedData(String relative) {
    Path file = shared().resolve("data").resolve(relative);
    assumeTrue(
        Files.exists(file),
        "shared research data not found at "
            + file
            + " (set -Dgazette.shared or GAZETTE_SHARED); skipping");
    return file;
  }
}

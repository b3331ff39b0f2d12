package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The training run the launcher records its ahead-of-time cache from. */
class StartupTrainingTest {

  @Test
  void answersEveryKindOfRequestWithoutAServerErrorAndLeavesNothingBehind() throws IOException {
    long before = trainingFolders();
    assertDoesNotThrow(() -> StartupTraining.main(new String[0]));
    assertEquals(before, trainingFolders());
  }

  private static long trainingFolders() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("gazette-training")).count();
    }
  }
}

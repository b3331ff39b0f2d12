package dev.gazette.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the JSONL reader: any bytes in a {@code .jsonl} file are read into articles and
 * rejections; any exception fails the test.
 */
class JsonlFuzzTest {
  private static Path file;

  @BeforeAll
  static void createFile() throws IOException {
    file = Files.createTempFile("gazette-fuzz", ".jsonl");
  }

  @AfterAll
  static void deleteFile() throws IOException {
    Files.deleteIfExists(file);
  }

  @FuzzTest(maxDuration = "30s")
  void anyBytesAreReadOrRejected(FuzzedDataProvider data) throws IOException {
    Files.write(file, data.consumeRemainingAsBytes());
    ArticleReader.of(file).read(article -> { });
  }
}

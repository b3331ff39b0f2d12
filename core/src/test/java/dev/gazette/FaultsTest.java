package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.store.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files and stale locks: a clear error or a working index, never corrupt data served silently. */
class FaultsTest {
  @TempDir Path dir;

  @Test
  void aStaleWriteLockLeftByACrashDoesNotBlockOpening() throws IOException {
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(Articles.archive());
    }
    Files.writeString(dir.resolve("write.lock"), "");
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsert(Articles.article("after-crash", "Written after the crash", "2024-01-01", "body"));
      gazette.commit();
      assertTrue(gazette.get("after-crash").isPresent());
    }
  }

  @Test
  void aDamagedSegmentDataFileIsRefusedOnOpenAndReportedByCheck() throws IOException {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      folder.withLive(gazette -> {
        gazette.upsertAll(Articles.archive());
        gazette.commit();
        return null;
      });
    }
    Path live;
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      live = folder.liveIndexDir();
    }
    Path largest = largestDataFile(live);
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(largest, bytes);

    GazetteException refused = assertThrows(GazetteException.class, () -> Gazette.open(live));
    assertTrue(refused.getMessage().contains("damaged") && refused.getMessage().contains("restore a backup"),
        refused.getMessage());
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      DataFolder.CheckReport check = folder.check();
      assertTrue(!check.clean(), check.report());
    }
  }

  @Test
  void aTruncatedSegmentDataFileIsRefusedOnOpen() throws IOException {
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(Articles.archive());
      gazette.commit();
    }
    Path largest = largestDataFile(dir);
    byte[] bytes = Files.readAllBytes(largest);
    Files.write(largest, java.util.Arrays.copyOf(bytes, bytes.length - 40));
    GazetteException refused = assertThrows(GazetteException.class, () -> Gazette.open(dir));
    assertTrue(refused.getMessage().contains("damaged") || refused.getMessage().contains("cannot open"),
        refused.getMessage());
  }

  @Test
  void manyArticlesSurviveReopeningWithTheChecksumVerification() {
    List<Article> articles = IntStream.range(0, 500)
        .mapToObj(n -> Articles.article("a" + n, "Title " + n, "2024-01-01", "Body of " + n)).toList();
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(articles);
    }
    try (Gazette gazette = Gazette.open(dir)) {
      assertEquals(500, gazette.stats().documents());
    }
  }

  @Test
  void aLargeFileDamagedAfterAnOpenThatVerifiedItIsRefusedOnTheNextOpen() throws IOException {
    Random random = new Random(7);
    List<Article> articles = IntStream.range(0, 300).mapToObj(n -> Articles.article("a" + n, "Title " + n,
        "2024-01-01", randomWords(random, 300))).toList();
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(articles);
    }
    try (Gazette gazette = Gazette.open(dir)) {
      assertEquals(300, gazette.stats().documents());
    }
    Path largest = largestDataFile(dir);
    assertTrue(size(largest) > 1 << 20, "the test needs a data file over 1 MB, which opens do not always re-read");
    byte[] bytes = Files.readAllBytes(largest);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(largest, bytes);
    GazetteException refused = assertThrows(GazetteException.class, () -> Gazette.open(dir));
    assertTrue(refused.getMessage().contains("damaged"), refused.getMessage());
  }

  private static String randomWords(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < count; n++) {
      text.append(Integer.toString(random.nextInt(1 << 20), 36)).append(' ');
    }
    return text.toString();
  }

  private static Path largestDataFile(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(f -> !f.getFileName().toString().startsWith("segments_"))
          .filter(f -> !f.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(FaultsTest::size)).orElseThrow();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

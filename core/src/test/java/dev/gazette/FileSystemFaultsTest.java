package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up and a folder that becomes read-only, on a real 2 MB tmpfs: each write that
 * fails says why, and everything committed before stays readable. Mounting needs root (as in the
 * project's CI container); elsewhere these tests are skipped and say so.
 */
class FileSystemFaultsTest {
  @TempDir Path mount;

  @BeforeEach
  void mountTinyTmpfs() throws Exception {
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()),
        "mounting a tmpfs needs root; the disk-full and read-only tests are skipped");
  }

  @AfterEach
  void unmount() throws Exception {
    run("umount", mount.toString());
  }

  @Test
  void aFullDiskFailsTheWriteClearlyAndKeepsWhatWasCommitted() {
    Path dir = mount.resolve("index");
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(articles("kept", 20, 10));
      gazette.commit();
      GazetteException full = assertThrows(GazetteException.class, () -> {
        for (int batch = 0; batch < 200; batch++) {
          gazette.upsertAll(articles("fill" + batch, 200, 2_000));
          gazette.commit();
        }
      });
      assertTrue(full.getMessage().contains("No space left on device"), full.getMessage());
    } catch (GazetteException closing) {
      assertTrue(closing.getMessage().contains("No space left on device"), closing.getMessage());
    }
    try (Gazette reader = Gazette.openReadOnly(dir, GazetteConfig.defaults())) {
      assertTrue(reader.get("kept-19").isPresent(), "the commit before the disk filled is intact");
    }
  }

  @Test
  void aFolderThatBecameReadOnlyFailsWritesClearlyAndStillServesTheCommit() throws Exception {
    Path dir = mount.resolve("index");
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(articles("kept", 20, 10));
      gazette.commit();
    }
    assertTrue(run("mount", "-o", "remount,ro", mount.toString()));
    GazetteException refused = assertThrows(GazetteException.class, () -> Gazette.open(dir).close());
    assertTrue(refused.getMessage().contains(dir.toString()), refused.getMessage());
    assertTrue(refused.getMessage().contains("Read-only file system"), refused.getMessage());
    try (Gazette reader = Gazette.openReadOnly(dir, GazetteConfig.defaults())) {
      assertEquals(20, reader.stats().documents());
    }
  }

  private static List<Article> articles(String prefix, int count, int words) {
    String body = IntStream.range(0, words).mapToObj(n -> prefix + "w" + n).reduce("", (a, b) -> a + " " + b);
    return IntStream.range(0, count)
        .mapToObj(n -> Articles.article(prefix + "-" + n, "Title " + n, "2024-01-01", body + " " + n)).toList();
  }

  private static boolean run(String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
  }
}

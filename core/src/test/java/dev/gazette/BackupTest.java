package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken while writes go on, and restores that bring them back. */
class BackupTest {
  @TempDir Path dir;

  @Test
  void aBackupTakenWhileWritingRestoresToTheSameCountsAndResults() throws Exception {
    Path data = dir.resolve("data");
    Path backup = dir.resolve("backup");
    long backedUp;
    List<String> hitsAtBackup;
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      folder.withLive(gazette -> {
        gazette.upsertAll(Articles.archive());
        gazette.upsertAll(series("before", 300));
        gazette.commit();
        return null;
      });
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger batches = new AtomicInteger();
      Thread writer = Thread.ofPlatform().start(() -> {
        for (int batch = 0; !stop.get(); batch = batches.incrementAndGet()) {
          List<Article> articles = series("during" + batch, 50);
          folder.withLive(gazette -> {
            gazette.upsertAll(articles);
            gazette.commit();
            return null;
          });
        }
      });
      Thread.sleep(300);
      assertTrue(folder.backup(backup) > 0);
      int atBackup = batches.get();
      while (batches.get() < atBackup + 2) {
        Thread.sleep(10);
      }
      stop.set(true);
      writer.join();
      folder.withLive(gazette -> {
        gazette.refresh();
        return null;
      });
      try (Gazette copy = Gazette.openReadOnly(backup, GazetteConfig.defaults())) {
        backedUp = copy.stats().documents();
        hitsAtBackup = ids(copy.search(SearchRequest.of("korea")));
      }
      long afterwards = folder.withLive(gazette -> gazette.stats().documents());
      assertTrue(backedUp >= 300 + Articles.archive().size() && backedUp < afterwards,
          backedUp + " backed up, " + afterwards + " afterwards");

      folder.restore(backup);
      Thread.sleep(300);
      assertEquals(backedUp, folder.withLive(gazette -> gazette.stats().documents()).longValue(),
          "the serving engine moved to the restored index");
      assertEquals(hitsAtBackup, folder.withLive(gazette -> ids(gazette.search(SearchRequest.of("korea")))));
      assertTrue(folder.check().clean());
    }
    assertFalse(hitsAtBackup.isEmpty());
  }

  @Test
  void aBackupRefusesAFolderThatIsNotEmptyAndARestoreRefusesAFolderWithoutAnIndex() throws Exception {
    Path data = dir.resolve("data");
    Path used = Files.createDirectories(dir.resolve("used"));
    Files.writeString(used.resolve("note.txt"), "keep me");
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      folder.withLive(gazette -> {
        gazette.upsertAll(Articles.archive());
        gazette.refresh();
        return null;
      });
      GazetteException notEmpty = assertThrows(GazetteException.class, () -> folder.backup(used));
      assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
      GazetteException noIndex = assertThrows(GazetteException.class, () -> folder.restore(used));
      assertTrue(noIndex.getMessage().contains("no readable index to restore"), noIndex.getMessage());
      assertEquals(Articles.archive().size(), folder.withLive(gazette -> gazette.stats().documents()).intValue());
    }
  }

  private static List<Article> series(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(n -> Articles.article(prefix + "-" + n, "Report " + n, "2024-01-01", "Grain prices in week " + n))
        .toList();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}

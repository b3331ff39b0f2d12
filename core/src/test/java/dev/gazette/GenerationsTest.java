package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.store.DataFolder;
import dev.gazette.store.Generation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of what built each generation, kept in the index itself; which generations are kept; switching back. */
class GenerationsTest {
  @TempDir Path dir;

  private static IngestReport articles(Gazette gazette, int count, String prefix) {
    for (int i = 0; i < count; i++) {
      gazette.upsert(Articles.article(prefix + i, "Report " + i, "2024-01-0" + (1 + i % 9), "wheat"));
    }
    return new IngestReport(count, 0, List.of());
  }

  private static Generation live(DataFolder folder) {
    return folder.generations().stream().filter(Generation::live).findFirst().orElseThrow();
  }

  @Test
  void eachGenerationRecordsWhatBuiltItAndTheLiveOneIsMarked() {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      folder.reindex("the seeds in /srv/seeds", "seeds-sha256:abc", g -> articles(g, 1, "s"));
      folder.reindex("gazette reindex reuters.jsonl.gz", null, g -> articles(g, 7, "r"));
      List<Generation> generations = folder.generations();
      assertEquals(2, generations.size(), generations::toString);
      Generation seeds = generations.get(0);
      Generation reuters = generations.get(1);
      assertEquals(List.of(false, true), List.of(seeds.live(), reuters.live()));
      assertEquals("the seeds in /srv/seeds", seeds.builtBy());
      assertEquals("seeds-sha256:abc", seeds.fingerprint());
      assertEquals(1, seeds.articles());
      assertEquals("gazette reindex reuters.jsonl.gz", reuters.builtBy());
      assertNull(reuters.fingerprint());
      assertEquals(7, reuters.articles());
      assertEquals(Boolean.FALSE, reuters.writtenSince());
      assertTrue(reuters.builtAt().isAfter(seeds.builtAt()) || reuters.builtAt().equals(seeds.builtAt()));
    }
  }

  @Test
  void theRecordLivesInTheIndexAndMarksWritesMadeAfterTheBuild() {
    Path copy = dir.resolve("moved");
    try (DataFolder folder = DataFolder.open(dir.resolve("a"), GazetteConfig.defaults())) {
      folder.reindex("gazette reindex x.jsonl", null, g -> articles(g, 3, "x"));
      folder.withLive(g -> g.stats());
    }
    try (DataFolder folder = DataFolder.open(dir.resolve("a"), GazetteConfig.defaults())) {
      assertEquals(Boolean.FALSE, live(folder).writtenSince(), "opening and committing without writes is no write");
      folder.withLive(g -> {
        g.delete("x0");
        g.commit();
        return null;
      });
      assertEquals(Boolean.TRUE, live(folder).writtenSince());
      assertEquals("gazette reindex x.jsonl", live(folder).builtBy(), "later commits carry the record forward");
      folder.backup(copy);
    }
    try (DataFolder other = DataFolder.open(dir.resolve("b"), GazetteConfig.defaults())) {
      other.restore(copy);
      assertEquals("gazette restore " + copy, live(other).builtBy());
      assertEquals(2, live(other).articles());
    }
  }

  @Test
  void theLiveGenerationAndTwoBeforeItAreKeptAndAnyCanBeMadeLiveAgain() throws Exception {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      for (int n = 1; n <= 4; n++) {
        int count = n;
        folder.reindex("build " + n, null, g -> articles(g, count, "b" + count));
      }
      List<Generation> kept = folder.generations();
      assertEquals(List.of("build 2", "build 3", "build 4"), kept.stream().map(Generation::builtBy).toList());
      assertEquals(4, DataFolderTest.total(folder));

      Generation oldest = kept.get(0);
      Generation now = folder.use(oldest.id(), "a test switching back");
      assertEquals(oldest.id(), now.id());
      assertEquals(2, DataFolderTest.total(folder), "the folder moved to the generation of build 2");
      assertEquals(3, folder.generations().size(), "switching back deletes nothing");

      folder.reindex("build 5", null, g -> articles(g, 5, "b5"));
      assertEquals(List.of("build 2", "build 4", "build 5"),
          folder.generations().stream().map(Generation::builtBy).toList(), "the generation switched from is kept");

      String log = Files.readString(dir.resolve("generations.log"));
      assertTrue(log.contains(" to " + oldest.id() + ": a test switching back"), log);
      assertTrue(log.contains(": build 5\n"), log);

      GazetteException missing = assertThrows(GazetteException.class, () -> folder.use("g42", "test"));
      assertTrue(missing.getMessage().contains("there is no generation g42"), missing.getMessage());
      assertThrows(GazetteException.class, () -> folder.use("../a", "test"));
      assertEquals(5, DataFolderTest.total(folder));
    }
  }

  @Test
  void anUnfinishedBuildIsNeverKeptAsAGeneration() throws Exception {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      folder.reindex("first", null, g -> articles(g, 1, "a"));
      try (Gazette unfinished = Gazette.open(dir.resolve("generations").resolve("g1"), GazetteConfig.defaults())) {
        articles(unfinished, 2, "u");
        unfinished.commit();
      }
      assertEquals(2, folder.generations().size());
      assertNull(folder.generations().get(0).builtBy(), "a build without a record: killed before it finished");
      folder.reindex("second", null, g -> articles(g, 1, "b"));
      assertEquals(List.of("first", "second"), folder.generations().stream().map(Generation::builtBy).toList());
      assertFalse(Files.exists(dir.resolve("generations").resolve("g1")));
    }
  }
}

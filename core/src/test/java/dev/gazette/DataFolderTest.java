package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
  @TempDir Path dir;

  static long total(DataFolder folder) {
    return folder.withLive(g -> g.search(SearchRequest.of("")).total());
  }

  static IngestReport add(Gazette gazette, List<Article> articles) {
    gazette.upsertAll(articles);
    return new IngestReport(articles.size(), 0, List.of());
  }

  @Test
  void reindexBuildsAndSwitchesTheLiveIndex() {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      assertFalse(folder.hasIndex());
      assertEquals(0, total(folder));
      folder.reindex(g -> add(g, Articles.archive()));
      assertEquals(5, total(folder));
      assertTrue(folder.check().clean());
    }
  }

  @Test
  void lastReindexIsWhenTheLiveIndexWasSwitchedIn() {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      assertEquals(null, folder.lastReindex());
      Instant before = Instant.now().minusSeconds(1);
      folder.reindex(g -> add(g, Articles.archive()));
      Instant after = Instant.now().plusSeconds(1);
      Instant switched = folder.lastReindex();
      assertTrue(switched.isAfter(before) && switched.isBefore(after), switched + " not between " + before + " and " + after);
    }
  }

  @Test
  void aFailedReindexLeavesTheLiveIndexIntact() {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      folder.reindex(g -> add(g, Articles.archive()));
      assertThrows(IllegalStateException.class, () -> folder.reindex(g -> {
        add(g, List.of(Articles.article("only", "Only one", "2024-01-01", "x")));
        throw new IllegalStateException("source broke halfway");
      }));
      assertEquals(5, total(folder));
      assertTrue(folder.check().clean());
    }
  }

  @Test
  void anotherHolderMovesToTheNewIndexWithoutFailingSearches() throws Exception {
    try (DataFolder server = DataFolder.open(dir, GazetteConfig.defaults());
        DataFolder tool = DataFolder.open(dir, GazetteConfig.defaults())) {
      tool.reindex(g -> add(g, Articles.archive()));
      AtomicBoolean running = new AtomicBoolean(true);
      CountDownLatch searching = new CountDownLatch(1);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      Future<Long> searches = pool.submit(() -> {
        long count = 0;
        while (running.get()) {
          long total = total(server);
          assertTrue(total == 5 || total == 1, "saw " + total);
          count++;
          searching.countDown();
        }
        return count;
      });
      searching.await();
      tool.reindex(g -> add(g, List.of(Articles.article("only", "Only one", "2024-01-01", "x"))));
      long deadline = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < deadline && total(server) != 1) {
        Thread.sleep(20);
      }
      running.set(false);
      assertTrue(searches.get() > 0);
      pool.shutdown();
      assertEquals(1, total(server));
    }
  }

  @Test
  void twoReindexesAtOnceAreRefusedClearly() throws Exception {
    try (DataFolder first = DataFolder.open(dir, GazetteConfig.defaults());
        DataFolder second = DataFolder.open(dir, GazetteConfig.defaults())) {
      CountDownLatch building = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      Future<IngestReport> slow = pool.submit(() -> first.reindex(g -> {
        building.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return add(g, Articles.archive());
      }));
      building.await();
      GazetteException e = assertThrows(GazetteException.class, () -> second.reindex(g -> add(g, List.of())));
      assertTrue(e.getMessage().contains("another reindex is running"), e.getMessage());
      release.countDown();
      assertEquals(5, slow.get().accepted());
      pool.shutdown();
    }
  }

  @Test
  void aReindexThatWouldLoseWritesToTheLiveIndexIsRefused() {
    try (DataFolder server = DataFolder.open(dir, GazetteConfig.defaults());
        DataFolder tool = DataFolder.open(dir, GazetteConfig.defaults())) {
      tool.reindex(g -> add(g, Articles.archive()));
      GazetteException e = assertThrows(GazetteException.class, () -> tool.reindex(g -> {
        server.withLive(live -> {
          live.upsert(Articles.article("late", "Written meanwhile", "2024-01-01", "x"));
          live.commit();
          return null;
        });
        return add(g, List.of(Articles.article("only", "Only one", "2024-01-01", "x")));
      }));
      assertTrue(e.getMessage().contains("took writes while this reindex ran"), e.getMessage());
      assertTrue(server.withLive(live -> live.get("late")).isPresent());
      assertEquals(6L, (long) server.withLive(live -> live.stats().documents()));
    }
  }

  @Test
  void readsWorkWhileAnotherProcessHoldsTheWriteLock() {
    try (DataFolder server = DataFolder.open(dir, GazetteConfig.defaults());
        DataFolder tool = DataFolder.open(dir, GazetteConfig.defaults())) {
      server.reindex(g -> add(g, Articles.archive()));
      assertEquals(5, total(server));
      long seen = tool.read(g -> g.search(SearchRequest.of("")).total());
      assertEquals(5, seen);
      GazetteException e = assertThrows(GazetteException.class,
          () -> tool.read(g -> {
            g.upsert(Articles.article("x", "x", "2024-01-01", "x"));
            return null;
          }));
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
  }

  @Test
  void readingAnEmptyFolderSaysThereIsNoIndex() {
    try (DataFolder folder = DataFolder.open(dir, GazetteConfig.defaults())) {
      GazetteException e = assertThrows(GazetteException.class, () -> folder.read(Gazette::stats));
      assertTrue(e.getMessage().contains("no index"), e.getMessage());
    }
  }
}

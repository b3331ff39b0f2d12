package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteWriteTest {
  @TempDir Path dir;

  @Test
  void upsertReplacesAndDeleteRemoves() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsert(Articles.article("x", "Old headline", "2024-01-01", "old body"));
      gazette.upsert(Articles.article("x", "New headline", "2024-01-02", "new body"));
      gazette.refresh();
      assertEquals(1, gazette.search(SearchRequest.of("")).total());
      assertEquals(0, gazette.search(SearchRequest.of("old")).total());
      assertEquals("New headline", gazette.get("x").orElseThrow().title());
      assertTrue(gazette.delete("x"));
      assertFalse(gazette.delete("x"));
      gazette.refresh();
      assertEquals(0, gazette.search(SearchRequest.of("")).total());
      assertTrue(gazette.get("x").isEmpty());
    }
  }

  @Test
  void gaugesFollowWritesThroughRefreshAndCommit() {
    try (Gazette gazette = Gazette.inMemory()) {
      IndexGauges empty = gazette.gauges();
      assertEquals(0, empty.documents());
      assertFalse(empty.uncommittedChanges());
      assertEquals(Duration.ZERO, empty.refreshLag());

      gazette.upsert(Articles.article("g1", "One", "2024-01-01", "first"));
      gazette.upsert(Articles.article("g2", "Two", "2024-01-02", "second"));
      IndexGauges written = gazette.gauges();
      assertTrue(written.uncommittedChanges());
      if (written.documents() < 2) {
        assertTrue(written.refreshLag().compareTo(Duration.ZERO) > 0, "search misses writes: " + written);
      }

      gazette.refresh();
      IndexGauges refreshed = gazette.gauges();
      assertEquals(2, refreshed.documents());
      assertEquals(Duration.ZERO, refreshed.refreshLag());
      assertTrue(refreshed.segments() >= 1 && refreshed.sizeBytes() > 0, refreshed::toString);

      gazette.commit();
      IndexGauges committed = gazette.gauges();
      assertFalse(committed.uncommittedChanges());
      assertEquals(0, committed.bufferedDocuments());
      assertTrue(committed.lastCommit() != null, committed::toString);
    }
  }

  @Test
  void getReturnsTheArticleAsWrittenBeforeARefresh() {
    try (Gazette gazette = Gazette.inMemory()) {
      Article article = new Article("full", "Title", java.time.Instant.parse("2024-06-19T11:03:00Z"),
          List.of("one", "two", "three"), List.of("First paragraph.", "Second paragraph."), "Refs",
          "https://example.org/a", "A. Writer", "World", List.of("t1", "t2"), "en",
          Map.of("topics", List.of("earn", "acq")));
      gazette.upsert(article);
      assertEquals(article, gazette.get("full").orElseThrow());
    }
  }

  @Test
  void writesBecomeVisibleWithinASecondWithoutRefresh() throws InterruptedException {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsert(Articles.article("n1", "Fresh news", "2024-01-01", "just in"));
      long deadline = System.nanoTime() + 1_000_000_000L;
      long total = 0;
      while (System.nanoTime() < deadline && total == 0) {
        total = gazette.search(SearchRequest.of("fresh")).total();
        Thread.sleep(20);
      }
      assertEquals(1, total);
    }
  }

  @Test
  void searchesRunSafelyWhileIndexing() throws Exception {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsert(Articles.withFacets("d0", "Daily report 0", "2024-01-01", Map.of("topics", List.of("t0")), "report"));
      gazette.refresh();
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(3);
      List<Future<Long>> searchers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        searchers.add(pool.submit(() -> {
          long searches = 0;
          long lastTotal = 0;
          while (writing.get()) {
            long total = gazette.search(SearchRequest.builder().query("report").facets("topics").build()).total();
            assertTrue(total >= lastTotal, "totals never go backwards while only adding");
            lastTotal = total;
            searches++;
          }
          return searches;
        }));
      }
      for (int i = 0; i < 2000; i++) {
        gazette.upsert(Articles.withFacets("d" + i, "Daily report " + i, "2024-01-01",
            Map.of("topics", List.of("t" + (i % 7))), "report number " + i));
      }
      gazette.refresh();
      writing.set(false);
      for (Future<Long> searcher : searchers) {
        assertTrue(searcher.get() > 0);
      }
      pool.shutdown();
      assertEquals(2000, gazette.search(SearchRequest.of("report")).total());
    }
  }

  @Test
  void committedWritesSurviveReopening() {
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(Articles.archive());
      gazette.commit();
    }
    try (Gazette gazette = Gazette.open(dir)) {
      assertEquals(5, gazette.stats().documents());
      assertTrue(gazette.stats().lastCommit() != null);
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() {
    try (Gazette first = Gazette.open(dir)) {
      GazetteException e = assertThrows(GazetteException.class, () -> Gazette.open(dir));
      assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
    }
  }

  @Test
  void aDamagedIndexIsRefusedWithAClearMessage() throws IOException {
    try (Gazette gazette = Gazette.open(dir)) {
      gazette.upsertAll(Articles.archive());
      gazette.commit();
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        byte[] bytes = Files.readAllBytes(segments);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(segments, bytes);
      }
    }
    GazetteException e = assertThrows(GazetteException.class, () -> Gazette.open(dir));
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
  }

  @Test
  void refusesAbsurdIdsAndFacets() {
    try (Gazette gazette = Gazette.inMemory()) {
      assertEquals("id", assertThrows(InvalidRequestException.class,
          () -> gazette.upsert(Articles.article("x".repeat(Article.MAX_ID_BYTES + 1), "t", "2024-01-01", "b"))).parameter());
      assertThrows(InvalidRequestException.class,
          () -> gazette.upsert(Articles.withFacets("f", "t", "2024-01-01", Map.of("topics", List.of("v".repeat(600))), "b")));
    }
  }

  @Test
  void closedEnginesSayTheyAreClosed() {
    Gazette gazette = Gazette.inMemory();
    gazette.close();
    gazette.close();
    GazetteException e = assertThrows(GazetteException.class, () -> gazette.search(SearchRequest.of("x")));
    assertTrue(e.getMessage().contains("closed"));
  }
}

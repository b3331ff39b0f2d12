package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reindex while a server serves searches from the same data folder: the server (a second {@link
 * DataFolder} searching in a loop, as the server does) never fails a request and moves to the new
 * index; writes from the tool meanwhile are refused with a clear message.
 */
class SwapWhileServingTest {
  private static final long SEARCH_LOOP_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(2);

  @TempDir Path temp;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void theServerMovesToTheNewIndexWithoutFailingARequest() throws Exception {
    Path data = temp.resolve("data");
    assertEquals(ExitCodes.OK, Cli.run("reindex", Cli.articles(temp.resolve("old.jsonl"), "old", 50, "alpha"),
        "--data", data).exitCode());

    try (DataFolder server = DataFolder.open(data, GazetteConfig.defaults())) {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong searches = new AtomicLong();
      AtomicLong lastTotal = new AtomicLong();
      List<Throwable> failures = new CopyOnWriteArrayList<>();
      Thread serving = Thread.ofPlatform().start(() -> {
        long start = System.nanoTime();
        while (!stop.get() && System.nanoTime() - start < SEARCH_LOOP_LIMIT_NANOS) {
          try {
            lastTotal.set(server.withLive(engine -> engine.search(SearchRequest.of("report")).total()));
            searches.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      });
      awaitTotal(lastTotal, 50);

      Cli.Run reindex = Cli.run("reindex", Cli.articles(temp.resolve("new.jsonl"), "new", 3_000, "beta"), "--data", data);
      assertEquals(ExitCodes.OK, reindex.exitCode(), reindex::toString);
      long before = searches.get();
      awaitTotal(lastTotal, 3_000);
      stop.set(true);
      serving.join();

      assertEquals(List.of(), failures, "no search failed during the swap");
      assertTrue(searches.get() > before, "the server kept answering after the swap");

      Cli.Run add = Cli.run("add", Cli.articles(temp.resolve("extra.jsonl"), "extra", 2, "gamma"), "--data", data);
      assertEquals(ExitCodes.FAILURE, add.exitCode(), add::toString);
      assertTrue(add.err().contains("is in use by another process"), add::toString);
      long served = server.withLive(engine -> engine.search(SearchRequest.of("report")).total());
      assertEquals(3_000, served, "the refused add changed nothing");
    }
  }

  private static void awaitTotal(AtomicLong total, long expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (total.get() != expected && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(expected, total.get(), "the server's search total");
  }
}

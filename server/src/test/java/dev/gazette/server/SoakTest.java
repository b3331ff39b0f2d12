package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.GazetteConfig;
import dev.gazette.store.DataFolder;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A soak: client threads on loopback send searches (four in five requests) and acknowledged writes
 * as fast as the server answers. Prints per period the requests, errors, p99 latency and heap after
 * a GC; then checks there were no errors, that the heap after GC stayed flat, and that every
 * acknowledged write is in the index with CheckIndex clean. The build runs a 20-second variant
 * reporting every 5 seconds; the recorded run lasts {@code gazette.soak.minutes} minutes, reported
 * per minute: {@code ./mvnw -B -q -pl server -am test -Dtest=SoakTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgazette.soak.minutes=30}.
 */
class SoakTest {
  private static final int CLIENTS = 4;
  /** Most the heap after GC may grow from the first period to the last: the index grows too. */
  private static final long HEAP_GROWTH_LIMIT_MB = 64;
  private static final List<String> QUERIES = List.of("korea", "wheat", "barley prices", "north korea", "\"harvest report\"",
      "oil OR grain", "exchange", "week", "summit", "missile");

  @TempDir Path data;

  private final Queue<Long> latencies = new ConcurrentLinkedQueue<>();
  private final AtomicLong errors = new AtomicLong();
  private final Queue<String> written = new ConcurrentLinkedQueue<>();

  @Test
  void mixedLoadForAFixedTime() throws Exception {
    Integer minutes = Integer.getInteger("gazette.soak.minutes");
    Duration period = minutes == null ? Duration.ofSeconds(5) : Duration.ofMinutes(1);
    int periods = minutes == null ? 4 : minutes;
    long totalErrors = 0;
    List<Long> heaps = new ArrayList<>();
    try (TestServer server = TestServer.start(data, Map.of())) {
      long end = System.nanoTime() + period.toNanos() * periods;
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String prefix = "soak" + c + "-";
        clients.add(Thread.ofPlatform().start(() -> load(server.api, prefix, end)));
      }
      System.out.printf("period (%ds)  requests  errors  p99 ms  heap after GC MB%n", period.toSeconds());
      for (int n = 1; n <= periods; n++) {
        Thread.sleep(Math.max(0, Math.min(period.toMillis(), (end - System.nanoTime()) / 1_000_000)));
        long[] sample = drain();
        long periodErrors = errors.getAndSet(0);
        totalErrors += periodErrors;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        heaps.add(heap);
        System.out.printf("%11d  %8d  %6d  %6.1f  %16d%n", n, sample.length, periodErrors,
            sample.length == 0 ? 0 : sample[(int) Math.min(sample.length - 1, sample.length * 0.99)] / 1e6, heap);
      }
      for (Thread client : clients) {
        client.join();
      }
    }
    assertEquals(0, totalErrors, "requests that failed");
    assertTrue(heaps.getLast() - heaps.getFirst() <= HEAP_GROWTH_LIMIT_MB, "heap after GC grew: " + heaps);
    assertFalse(written.isEmpty(), "no write was acknowledged");
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      long missing = folder.read(gazette -> written.stream().filter(id -> gazette.get(id).isEmpty()).count());
      assertEquals(0, missing, "acknowledged writes missing after the soak");
      assertTrue(folder.check().clean());
    }
    System.out.printf("soak: %d periods of %ds, %d acknowledged writes, all present; CheckIndex clean%n",
        periods, period.toSeconds(), written.size());
  }

  private void load(Api api, String prefix, long end) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int n = 0; System.nanoTime() < end; n++) {
      long start = System.nanoTime();
      try {
        int status;
        if (random.nextInt(5) > 0) {
          status = api.get("/api/search?q=" + Api.encode(QUERIES.get(random.nextInt(QUERIES.size())))).status();
        } else {
          String id = prefix + n;
          status = api.put("/api/articles/" + id, Articles.article(id, "Harvest report " + n, "2024-01-01T12:00:00Z",
              "Wheat and barley prices moved on the commodity exchange in week " + n + ".", "grain").toString()).status();
          if (status / 100 == 2) {
            written.add(id);
          }
        }
        if (status / 100 != 2) {
          errors.incrementAndGet();
        }
      } catch (RuntimeException e) {
        errors.incrementAndGet();
      }
      latencies.add(System.nanoTime() - start);
    }
  }

  private long[] drain() {
    List<Long> taken = new ArrayList<>();
    for (Long latency = latencies.poll(); latency != null; latency = latencies.poll()) {
      taken.add(latency);
    }
    long[] sorted = taken.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.DataFolder;
import dev.gazette.GazetteConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A soak: client threads on loopback send searches (four in five requests) and acknowledged writes
 * as fast as the server answers, for {@code gazette.soak.minutes} minutes. Prints per minute the
 * requests, errors, p99 latency and heap after a GC; then checks there were no errors and that every
 * acknowledged write is in the index. Run with {@code ./mvnw -B -q -pl server -am test
 * -Dtest=SoakTest -Dsurefire.failIfNoSpecifiedTests=false -Dgazette.soak.minutes=30}.
 */
@EnabledIfSystemProperty(named = "gazette.soak.minutes", matches = "\\d+")
class SoakTest {
  private static final int CLIENTS = 4;
  private static final List<String> QUERIES = List.of("korea", "wheat", "barley prices", "north korea", "\"harvest report\"",
      "oil OR grain", "exchange", "week", "summit", "missile");

  @TempDir Path data;

  private final Queue<Long> latencies = new ConcurrentLinkedQueue<>();
  private final AtomicLong errors = new AtomicLong();
  private final Queue<String> written = new ConcurrentLinkedQueue<>();

  @Test
  void mixedLoadForAFixedTime() throws Exception {
    int minutes = Integer.getInteger("gazette.soak.minutes");
    long totalErrors = 0;
    try (TestServer server = TestServer.start(data, Map.of())) {
      long end = System.nanoTime() + minutes * 60_000_000_000L;
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String prefix = "soak" + c + "-";
        clients.add(Thread.ofPlatform().start(() -> load(server.api, prefix, end)));
      }
      System.out.println("minute  requests  errors  p99 ms  heap after GC MB");
      for (int minute = 1; minute <= minutes; minute++) {
        Thread.sleep(Math.max(0, Math.min(60_000, (end - System.nanoTime()) / 1_000_000)));
        long[] sample = drain();
        long minuteErrors = errors.getAndSet(0);
        totalErrors += minuteErrors;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.printf("%6d  %8d  %6d  %6.1f  %16d%n", minute, sample.length, minuteErrors,
            sample.length == 0 ? 0 : sample[(int) Math.min(sample.length - 1, sample.length * 0.99)] / 1e6, heap);
      }
      for (Thread client : clients) {
        client.join();
      }
    }
    assertEquals(0, totalErrors, "requests that failed");
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      long missing = folder.read(gazette -> written.stream().filter(id -> gazette.get(id).isEmpty()).count());
      assertEquals(0, missing, "acknowledged writes missing after the soak");
      assertTrue(folder.check().clean());
    }
    System.out.printf("soak: %d minutes, %d acknowledged writes, all present; CheckIndex clean%n", minutes, written.size());
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

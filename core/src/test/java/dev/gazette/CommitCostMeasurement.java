package dev.gazette;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what committing every write costs, against the same writes without a commit, on the
 * disk under {@code java.io.tmpdir}. Prints the figures; asserts nothing. Run with {@code ./mvnw -B
 * -q -pl core test -Dtest=CommitCostMeasurement -Dgazette.measure=true}.
 */
@EnabledIfSystemProperty(named = "gazette.measure", matches = "true")
class CommitCostMeasurement {
  private static final long SECONDS = Long.getLong("gazette.measure.seconds", 8);
  private static final int BATCH = 500;

  @TempDir Path dir;

  @Test
  void measure() throws Exception {
    for (int threads : new int[] {1, 8}) {
      double without = rate(threads, 1, false);
      double with = rate(threads, 1, true);
      System.out.printf("single writes, %d thread(s): %.0f/s without commit, %.0f/s with (%.2fx)%n",
          threads, without, with, with / without);
    }
    double without = rate(1, BATCH, false);
    double with = rate(1, BATCH, true);
    System.out.printf("bulk of %d, 1 thread: %.0f docs/s without commit, %.0f docs/s with (%.2fx)%n",
        BATCH, without, with, with / without);
    measureOpen();
  }

  /** What verifying the checksums of the last commit adds to opening an index for writing. */
  private void measureOpen() throws Exception {
    Path index = Files.createTempDirectory(dir, "open");
    try (Gazette gazette = Gazette.open(index)) {
      for (int n = 0; n < 100_000; n += BATCH) {
        int first = n;
        gazette.upsertAll(IntStream.range(first, first + BATCH).mapToObj(k -> Articles.article("o" + k,
            "Harvest report " + k, "2024-01-01", "Wheat and barley prices moved in week " + k + ".")).toList());
      }
    }
    long bytes;
    try (Stream<Path> files = Files.list(index)) {
      bytes = files.mapToLong(f -> f.toFile().length()).sum();
    }
    long writable = 0;
    long readOnly = 0;
    for (int round = 0; round < 5; round++) {
      long start = System.nanoTime();
      Gazette.open(index).close();
      writable += System.nanoTime() - start;
      start = System.nanoTime();
      Gazette.openReadOnly(index, GazetteConfig.defaults()).close();
      readOnly += System.nanoTime() - start;
    }
    System.out.printf("open of 100,000 articles (%.1f MB): %.0f ms for writing with checksums, %.0f ms read-only without%n",
        bytes / 1e6, writable / 5e6, readOnly / 5e6);
  }

  /** Documents written per second by {@code threads} threads in batches of {@code batch}, committing each batch or not. */
  private double rate(int threads, int batch, boolean commit) throws Exception {
    Path index = Files.createTempDirectory(dir, "index");
    AtomicLong written = new AtomicLong();
    try (Gazette gazette = Gazette.open(index)) {
      long end = System.nanoTime() + SECONDS * 1_000_000_000L;
      List<Thread> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String prefix = "t" + t + "-";
        writers.add(Thread.ofPlatform().start(() -> {
          for (int n = 0; System.nanoTime() < end; n += batch) {
            int first = n;
            gazette.upsertAll(IntStream.range(first, first + batch)
                .mapToObj(k -> Articles.article(prefix + k, "Harvest report " + k, "2024-01-01",
                    "Wheat and barley prices moved on the commodity exchange in week " + k + "."))
                .toList());
            if (commit) {
              gazette.commit();
            }
            written.addAndGet(batch);
          }
        }));
      }
      long start = System.nanoTime();
      for (Thread writer : writers) {
        writer.join();
      }
      return written.get() / ((System.nanoTime() - start) / 1e9);
    }
  }
}

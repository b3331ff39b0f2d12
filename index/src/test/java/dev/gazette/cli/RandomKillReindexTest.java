package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reindexes killed with SIGKILL at random moments, from the start to the switch: the live index always answers, whole. */
class RandomKillReindexTest {
  private static final int ARTICLES = 3_000;

  @TempDir Path temp;

  @Test
  void aReindexKilledAtARandomMomentLeavesAWholeIndexServing() throws Exception {
    Path data = temp.resolve("data");
    Path source = temp.resolve("articles.jsonl");
    Files.writeString(source, IntStream.range(0, ARTICLES)
        .mapToObj(n -> "{\"id\": \"a" + n + "\", \"title\": \"Harvest report " + n
            + "\", \"published\": \"2024-01-01T12:00:00Z\", \"body\": \"Wheat and barley in week " + n + ".\"}")
        .collect(Collectors.joining("\n", "", "\n")));
    assertEquals(ExitCodes.OK, Cli.run("reindex", Cli.seeds(), "--data", data).exitCode());
    long started = System.nanoTime();
    assertEquals(0, Cli.process("reindex", source, "--data", temp.resolve("timing")).start().waitFor());
    long fullMillis = (System.nanoTime() - started) / 1_000_000;

    for (int round = 0; round < 5; round++) {
      Process reindex = Cli.process("reindex", source, "--data", data).redirectErrorStream(true)
          .redirectOutput(temp.resolve("reindex.out").toFile()).start();
      Thread.sleep(ThreadLocalRandom.current().nextLong(fullMillis + 1));
      reindex.destroyForcibly();
      assertTrue(reindex.waitFor(60, TimeUnit.SECONDS));
      long total = Cli.total(data);
      assertTrue(List.of(1L, (long) ARTICLES).contains(total), "round " + round + ": a whole index answers, not " + total);
      assertEquals(ExitCodes.OK, Cli.run("check", "--data", data).exitCode(), "round " + round);
    }
  }
}

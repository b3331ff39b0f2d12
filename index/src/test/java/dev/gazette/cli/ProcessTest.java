package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The tool as a real process: every exit code, a reindex killed halfway, and two reindexes at once. */
class ProcessTest {
  @TempDir Path temp;

  @Test
  void exitCodesOfARealProcess() throws IOException {
    Path data = temp.resolve("data");
    Cli.Run missing = Cli.runProcess("search", "korea", "--data", data);
    assertEquals(ExitCodes.FAILURE, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("gazette search: there is no index in " + data), missing::toString);
    assertFalse(missing.err().contains("\tat "), "no stack trace without --verbose");

    Cli.Run usage = Cli.runProcess("reindex", "--data", data);
    assertEquals(ExitCodes.USAGE, usage.exitCode(), usage::toString);
    assertTrue(usage.err().contains("gazette reindex: Missing required parameter: 'SOURCE'"), usage::toString);

    Cli.Run ok = Cli.runProcess("reindex", Cli.seeds(), "--data", data);
    assertEquals(ExitCodes.OK, ok.exitCode(), ok::toString);
    assertTrue(ok.out().startsWith("indexed   1 article\n"), ok::toString);

    Cli.Run search = Cli.runProcess("search", "korea", "--data", data);
    assertEquals(ExitCodes.OK, search.exitCode(), search::toString);
    assertTrue(search.out().contains("North Korea"), search::toString);
    assertFalse(search.out().contains("\u001b"), "plain text when piped");

    Path bad = Files.writeString(temp.resolve("bad.jsonl"), "{\"id\": \"b1\", \"title\": \"Fine\"}\n{broken\n");
    Cli.Run rejected = Cli.runProcess("add", bad, "--data", data);
    assertEquals(ExitCodes.REJECTED, rejected.exitCode(), rejected::toString);
    assertTrue(rejected.err().contains(bad + ":2: "), rejected::toString);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aReindexKilledHalfwayLeavesThePreviousIndexServingAndIntact() throws Exception {
    Path reuters = Cli.reuters();
    Path data = temp.resolve("data");
    assertEquals(ExitCodes.OK, Cli.run("reindex", Cli.seeds(), "--data", data).exitCode());

    Process reindex = startReindex(reuters, data);
    awaitProgressLine(reindex);
    reindex.destroyForcibly();
    reindex.waitFor();

    assertEquals(1, Cli.total(data), "the old index still answers with its one article");
    Cli.Run check = Cli.run("check", "--data", data);
    assertEquals(ExitCodes.OK, check.exitCode(), check::toString);

    Cli.Run again = Cli.run("reindex", Cli.seeds(), "--data", data);
    assertEquals(ExitCodes.OK, again.exitCode(), "the killed reindex left no lock behind: " + again);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aSecondReindexWhileOneRunsEndsWithAClearMessage() throws Exception {
    Path reuters = Cli.reuters();
    Path data = temp.resolve("data");
    assertEquals(ExitCodes.OK, Cli.run("reindex", Cli.seeds(), "--data", data).exitCode());

    Process first = startReindex(reuters, data);
    awaitProgressLine(first);
    Cli.Run second = Cli.run("reindex", Cli.seeds(), "--data", data);
    assertEquals(ExitCodes.FAILURE, second.exitCode(), second::toString);
    assertEquals("opening the index in " + data + "...\ngazette reindex: another reindex is running on " + data.toAbsolutePath()
        + "; wait for it to finish and try again\n", second.err());

    assertEquals(ExitCodes.REJECTED, first.waitFor(), "the first reindex finishes undisturbed (record 12793, empty, rejected)");
    assertEquals(21_577, Cli.total(data));
    assertEquals(ExitCodes.OK, Cli.run("check", "--data", data).exitCode());
  }

  private Process startReindex(Path source, Path data) throws IOException {
    return Cli.process("reindex", source, "--data", data, "--progress-every", "1")
        .redirectOutput(temp.resolve("reindex.out").toFile())
        .start();
  }

  /** Waits for the first "indexing: N articles" line, proving articles are being written; keeps draining stderr. */
  private static void awaitProgressLine(Process process) throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread.ofVirtual().start(() -> {
      try (BufferedReader err = process.errorReader(StandardCharsets.UTF_8)) {
        for (String line; (line = err.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException e) {
        // The process was killed: its stderr is gone.
      }
    });
    StringBuilder seen = new StringBuilder();
    for (String line; (line = lines.poll(2, TimeUnit.MINUTES)) != null; ) {
      seen.append(line).append('\n');
      if (line.startsWith("indexing: ") && !line.startsWith("indexing: 0 ")) {
        return;
      }
      if (!process.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    fail("no progress line from the reindex; its stderr:\n" + seen);
  }
}

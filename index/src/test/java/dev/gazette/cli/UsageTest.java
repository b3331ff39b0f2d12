package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, usage errors (exit 2) and failures before any index work (exit 1), in this JVM. */
class UsageTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"reindex", "add", "delete", "search", "stats", "check", "generations", "eval"})
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    Cli.Run run = Cli.run(command, "--help");
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertAll(
        () -> assertTrue(run.out().startsWith("Usage: gazette " + command), run::toString),
        () -> assertTrue(run.out().contains("--data=DIR"), run::toString),
        () -> assertTrue(run.out().contains("Examples:\n  gazette " + command), run::toString),
        () -> assertTrue(run.out().contains("Exit codes:\n  0   "), run::toString));
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Run run = Cli.run();
    assertEquals(ExitCodes.USAGE, run.exitCode());
    for (String command : new String[] {"reindex", "add", "delete", "search", "stats", "check", "related", "suggest",
        "backup", "restore", "generations", "eval", "help", "serve"}) {
      assertTrue(run.err().contains(" " + command), command + ": " + run);
    }
    assertTrue(run.err().contains("Run 'gazette --help'"), run::toString);
  }

  @Test
  void unknownOptionIsAUsageErrorWithoutUsageDump() {
    Cli.Run run = Cli.run("search", "--sizes", "3");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("gazette search: Unknown option: '--sizes'"), run::toString);
    assertFalse(run.err().contains("Usage:"), run::toString);
  }

  @Test
  void missingSourceIsAUsageErrorAndCreatesNothing() {
    Path data = temp.resolve("data");
    Cli.Run run = Cli.run("reindex", temp.resolve("nowhere"), "--data", data);
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("source not found: " + temp.resolve("nowhere")), run::toString);
    assertFalse(Files.exists(data));
  }

  @Test
  void badValuesAreUsageErrors() {
    assertAll(
        () -> assertUsageError(Cli.run("reindex", temp, "--format", "xml"), "'xml' is not a format"),
        () -> assertUsageError(Cli.run("search", "--filter", "earn"), "filter 'earn': expected dimension:value"),
        () -> assertUsageError(Cli.run("search", "--from", "yesterday"), "--from must be a date like 2024-06-19"),
        () -> assertUsageError(Cli.run("search", "--size", "500", "--data", temp), "size must be between 1 and 100"),
        () -> assertUsageError(Cli.run("search", "--sort", "random"), "Invalid value for option '--sort'"),
        () -> assertUsageError(Cli.run("delete", "--data", temp), "Missing required parameter: 'ID'"));
  }

  @Test
  void commandsOnAMissingIndexFailAndSayHowToBuildOne() {
    Path data = temp.resolve("data");
    for (String command : new String[] {"search", "stats", "check"}) {
      Cli.Run run = Cli.run(command, "--data", data);
      assertEquals(ExitCodes.FAILURE, run.exitCode(), run::toString);
      assertEquals("gazette " + command + ": there is no index in " + data
          + "; build one first, for example: gazette reindex seeds --data " + data + "\n", run.err());
    }
    assertFalse(Files.exists(data), "a read-only command must not create the data folder");
  }

  private static void assertUsageError(Cli.Run run, String message) {
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains(message), run::toString);
  }
}

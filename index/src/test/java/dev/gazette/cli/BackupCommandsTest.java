package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette backup} and {@code gazette restore}, run in this JVM. */
class BackupCommandsTest {
  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void reindexSeeds() {
    data = temp.resolve("data");
    Cli.Run run = Cli.run("reindex", Cli.seeds(), "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
  }

  @Test
  void aBackupRestoredIntoAnotherFolderSearchesTheSame() {
    Path backup = temp.resolve("backup");
    Cli.Run backedUp = Cli.run("backup", backup, "--data", data);
    assertEquals(ExitCodes.OK, backedUp.exitCode(), backedUp::toString);
    assertTrue(backedUp.out().startsWith("backed up ") && backedUp.out().contains(backup.toString()), backedUp::toString);

    Path other = temp.resolve("other");
    Cli.Run restored = Cli.run("restore", backup, "--data", other);
    assertEquals(ExitCodes.OK, restored.exitCode(), restored::toString);
    assertTrue(restored.out().startsWith("restored 1 article from "), restored::toString);
    assertEquals(hits(data), hits(other));
    assertEquals(ExitCodes.OK, Cli.run("check", "--data", other).exitCode());
  }

  /** What {@code search north korea} prints, without the time it took. */
  private static String hits(Path folder) {
    return Cli.run("search", "north", "korea", "--data", folder).out().replaceAll("\\(\\d+ ms\\)", "");
  }

  @Test
  void aRestoreOfAFolderWithoutAnIndexFailsAndLeavesTheLiveIndex() {
    Cli.Run refused = Cli.run("restore", temp.resolve("nothing-here"), "--data", data);
    assertEquals(ExitCodes.FAILURE, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("no readable index to restore"), refused::toString);
    assertTrue(Cli.run("search", "korea", "--data", data).out().contains("Korea"));
  }

  @Test
  void aBackupIntoAFolderThatIsNotEmptyIsRefused() {
    Cli.Run refused = Cli.run("backup", data, "--data", data);
    assertEquals(ExitCodes.FAILURE, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("not empty"), refused::toString);
  }
}

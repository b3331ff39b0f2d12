package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search by meaning from the command line, as real processes with the bundled model: embed, stats, search modes. */
class EmbedCommandTest {
  @TempDir Path temp;

  @Test
  void embedThenSearchByMeaning() {
    Path data = temp.resolve("data");
    assertEquals(ExitCodes.OK, Cli.run("reindex", Cli.seeds(), "--data", data).exitCode());
    Cli.Run before = Cli.runProcess("stats", "--data", data);
    assertTrue(before.out().contains("meaning       0 of 1 article embedded (bge-small-en-v1.5-q)"), before::toString);
    Cli.Run partial = Cli.runProcess("search", "alliance between two countries", "--mode", "semantic", "--data", data);
    assertEquals(ExitCodes.OK, partial.exitCode(), partial::toString);
    assertTrue(partial.out().contains("by meaning over 0 of 1 article so far"), partial::toString);

    Cli.Run embed = Cli.runProcess("embed", "--data", data);
    assertEquals(ExitCodes.OK, embed.exitCode(), embed::toString);
    assertTrue(embed.out().startsWith("embedded 1 article in "), embed::toString);
    assertTrue(embed.out().contains("; meaning search: 1 of 1 article"), embed::toString);
    assertFalse(embed.err().contains("SLF4J"), "no logging noise from the model's tokenizer: " + embed.err());
    Cli.Run again = Cli.runProcess("embed", "--data", data);
    assertTrue(again.out().startsWith("embedded 0 articles in "), "nothing embedded twice: " + again);

    Cli.Run semantic = Cli.runProcess("search", "alliance between two countries", "--mode", "semantic", "--data", data);
    assertEquals(ExitCodes.OK, semantic.exitCode(), semantic::toString);
    assertTrue(semantic.out().startsWith("1 article matches"), semantic::toString);
    assertFalse(semantic.out().contains("so far"), semantic::toString);
    Cli.Run json = Cli.runProcess("search", "alliance between two countries", "--json", "--data", data);
    assertTrue(json.out().contains("\"mode\":\"HYBRID\"") || json.out().contains("\"mode\": \"HYBRID\""), json::toString);
  }

  @Test
  void withoutAnEmbedderMeaningIsRefusedAndEmbedSaysWhy() {
    Path data = temp.resolve("data");
    assertEquals(ExitCodes.OK, Cli.run("reindex", Cli.seeds(), "--data", data).exitCode());
    Cli.Run stats = Cli.run("stats", "--data", data, "--embedder", "none");
    assertFalse(stats.out().contains("meaning"), stats::toString);
    Cli.Run refused = Cli.run("search", "korea", "--mode", "hybrid", "--data", data, "--embedder", "none");
    assertEquals(ExitCodes.USAGE, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("embedder"), refused::toString);
    Cli.Run embed = Cli.run("embed", "--data", data, "--embedder", "none");
    assertEquals(ExitCodes.USAGE, embed.exitCode(), embed::toString);
    Cli.Run unknown = Cli.run("stats", "--data", data, "--embedder", "gpt");
    assertTrue(unknown.exitCode() != ExitCodes.OK && unknown.err().contains("bundled"), unknown::toString);
  }
}

package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.GazetteConfig;
import dev.gazette.store.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on the seeds and small made-up sources, run in this JVM. */
class CommandsTest {
  private static final String SEED_ID = "0388dada9763fdad";

  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void reindexSeeds() {
    data = temp.resolve("data");
    Cli.Run run = Cli.run("reindex", Cli.seeds(), "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("indexed   1 article\nrejected  0 inputs\ntime      "), run::toString);
    assertTrue(run.out().contains("docs/s)\nindex     1 article, "), run::toString);
  }

  @Test
  void searchPrintsRankedHitsWithPlainSnippetsWhenPiped() {
    Cli.Run run = Cli.run("search", "north", "korea", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertAll(
        () -> assertTrue(run.out().startsWith("1 article matches \"north korea\" ("), run::toString),
        () -> assertTrue(run.out().contains("\n1. Russia and North Korea Forge Stronger Strategic Partnership"), run::toString),
        () -> assertTrue(run.out().contains("id " + SEED_ID), run::toString),
        () -> assertTrue(run.out().contains("Bound by shared disdain"), run::toString),
        () -> assertFalse(run.out().contains("\u001b"), "no ANSI codes when piped"),
        () -> assertFalse(run.out().contains("<mark>") || run.out().contains("&#"), "no HTML in terminal text"));
  }

  @Test
  void searchMarksMatchesBoldOnATerminal() {
    Cli.Run run = Cli.run(new Terminal(true), "search", "korea", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("North \u001b[1mKorea\u001b[0m Forge"), run::toString);
  }

  @Test
  void searchJsonIsTheResultForScripts() {
    Cli.Run run = Cli.run("search", "korea", "--json", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    JsonObject result = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(1, result.get("total").getAsLong());
    JsonObject hit = result.getAsJsonArray("hits").get(0).getAsJsonObject();
    assertEquals(SEED_ID, hit.get("id").getAsString());
    assertTrue(hit.getAsJsonObject("snippets").get("title").getAsString().contains("<mark>Korea</mark>"), run::toString);
    assertTrue(result.has("facets") && result.has("nextCursor"), run::toString);
  }

  @Test
  void searchWithNoMatchSaysSo() {
    Cli.Run run = Cli.run("search", "zanzibar", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals("0 articles match \"zanzibar\"", run.out().lines().findFirst().orElseThrow().replaceAll(" \\(\\d+ ms\\)", ""));
  }

  @Test
  void aMisspelledQuerySaysItAllowedTyposAndOffersTheCorrection() {
    Cli.Run tolerant = Cli.run("search", "koreq", "--data", data);
    assertEquals(ExitCodes.OK, tolerant.exitCode(), tolerant::toString);
    assertTrue(tolerant.out().contains("\nno exact match; these match with typos allowed (--exact to turn off)\n"
        + "did you mean: korea\n"), tolerant::toString);
    assertTrue(tolerant.out().contains("1. Russia and North Korea"), tolerant::toString);

    Cli.Run exact = Cli.run("search", "koreq", "--exact", "--data", data);
    assertTrue(exact.out().startsWith("0 articles match \"koreq\""), exact::toString);
    assertFalse(exact.out().contains("typos allowed"), exact::toString);
  }

  @Test
  void statsShowsCountsFieldsFacetsSizeAndWhenTheIndexWasLastReindexed() throws IOException {
    Instant switched = Files.getLastModifiedTime(data.resolve("CURRENT")).toInstant();
    Cli.Run run = Cli.run("stats", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertAll(
        () -> assertTrue(run.out().contains("documents     1 (0 deleted"), run::toString),
        () -> assertTrue(run.out().contains("segments      "), run::toString),
        () -> assertTrue(run.out().contains("size on disk  "), run::toString),
        () -> assertTrue(run.out().contains("last reindex  " + switched + "\n"), run::toString),
        () -> assertTrue(run.out().contains("fields        ") && run.out().contains("title"), run::toString));
    Cli.Run json = Cli.run("stats", "--json", "--data", data);
    JsonObject stats = JsonParser.parseString(json.out()).getAsJsonObject();
    assertEquals(Set.of("documents", "deletedDocuments", "segments", "sizeBytes", "lastCommit", "lastReindex", "fields",
        "topFacetValues", "embedding"), stats.keySet(), "the fields of the server's /api/stats but its start time and uptime");
    assertEquals(1, stats.get("documents").getAsLong());
    assertTrue(stats.get("sizeBytes").getAsLong() > 0);
    assertEquals(switched, Instant.parse(stats.get("lastReindex").getAsString()));
  }

  @Test
  void addAndDeleteChangeTheLiveIndex() {
    Path source = Cli.articles(temp.resolve("more.jsonl"), "more", 3, "harbour");
    Cli.Run add = Cli.run("add", source, "--data", data);
    assertEquals(ExitCodes.OK, add.exitCode(), add::toString);
    assertTrue(add.out().startsWith("indexed   3 articles\nrejected  0 inputs\n"), add::toString);
    assertTrue(add.out().contains("index     4 articles, "), add::toString);

    Cli.Run delete = Cli.run("delete", "more-1", "more-2", "--data", data);
    assertEquals(ExitCodes.OK, delete.exitCode(), delete::toString);
    assertEquals("deleted 2 articles\n", delete.out());
    assertEquals(2, total(""));

    Cli.Run missing = Cli.run("delete", "more-3", "no-such-id", "--data", data);
    assertEquals(ExitCodes.REJECTED, missing.exitCode(), missing::toString);
    assertEquals("deleted 1 article\n", missing.out());
    assertEquals("not in the index: no-such-id\n", missing.err());
    assertEquals(1, total(""));
  }

  @Test
  void malformedInputsAreListedWithFileAndLineAndGiveExitCode3() throws IOException {
    Path source = temp.resolve("wire.jsonl");
    Files.writeString(source, """
        {"id": "w1", "title": "Harbour opens", "body": "Ships arrive."}
        {"id": "w2", "title": "Broken
        {"id": "w3", "title": "Harbour closes", "body": "Ships leave."}
        """);
    Cli.Run run = Cli.run("reindex", source, "--data", data);
    assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("indexed   2 articles\nrejected  1 input\n"), run::toString);
    assertTrue(run.err().contains("rejected 1 input:\n  " + source + ":2: "), run::toString);
    assertEquals(2, total("harbour"));
  }

  @Test
  void manyRejectionsListTheFirst20ThenACount() throws IOException {
    Path source = temp.resolve("junk.jsonl");
    Files.write(source, IntStream.rangeClosed(1, 25).mapToObj(n -> n == 13 ? "{\"id\": \"ok\", \"title\": \"fine\"}" : "{oops")
        .toList());
    Cli.Run run = Cli.run("add", source, "--data", data);
    assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
    assertTrue(run.err().contains("committing...\nrejected 24 inputs:\n  " + source + ":1: "), run::toString);
    assertTrue(run.err().contains(source + ":21: "), run::toString);
    assertFalse(run.err().contains(source + ":22: "), run::toString);
    assertTrue(run.err().endsWith("  ... and 4 more\n"), run::toString);
  }

  @Test
  void aReindexThatReadsNothingFailsAndKeepsTheLiveIndex() throws IOException {
    Path source = Files.writeString(temp.resolve("broken.jsonl"), "{nope\n[1, 2\n");
    Cli.Run run = Cli.run("reindex", source, "--data", data);
    assertEquals(ExitCodes.FAILURE, run.exitCode(), run::toString);
    assertTrue(run.err().contains(source + ":1: ") && run.err().contains(source + ":2: "), run::toString);
    assertTrue(run.err().contains("no article could be read from [" + source + "]; the live index was left as it was"),
        run::toString);
    assertEquals(1, total("korea"));
  }

  @Test
  void checkPassesOnAGoodIndexAndFailsOnADamagedOne() throws IOException {
    Cli.Run clean = Cli.run("check", "--data", data);
    assertEquals(ExitCodes.OK, clean.exitCode(), clean::toString);
    assertEquals("the index in " + data + " is clean\n", clean.out());

    Path live;
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      live = folder.liveIndexDir();
    }
    Path biggest;
    try (Stream<Path> files = Files.list(live)) {
      biggest = files.filter(file -> !file.getFileName().toString().startsWith("segments"))
          .max(Comparator.comparingLong(CommandsTest::size)).orElseThrow();
    }
    byte[] zeros = new byte[(int) Math.min(4096, size(biggest) / 2)];
    try (var channel = Files.newByteChannel(biggest, StandardOpenOption.WRITE)) {
      channel.position(size(biggest) / 4).write(ByteBuffer.wrap(zeros));
    }
    Cli.Run damaged = Cli.run("check", "--data", data, "--verbose");
    assertEquals(ExitCodes.FAILURE, damaged.exitCode(), damaged::toString);
    assertTrue(damaged.err().contains("CheckIndex found problems in the index in " + data), damaged::toString);
    assertFalse(damaged.out().isBlank(), "--verbose prints CheckIndex's report");
  }

  private long total(String query) {
    Cli.Run run = Cli.run("search", query, "--json", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    return JsonParser.parseString(run.out()).getAsJsonObject().get("total").getAsLong();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

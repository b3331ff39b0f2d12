package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool promises beyond the basics: version, colour rules, output formats, export, deep paging and ids. */
class PromisesTest {
  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void reindex() {
    data = temp.resolve("data");
    Cli.Run run = Cli.run("reindex", Cli.articles(temp.resolve("desk.jsonl"), "d", 30, "harbour"), "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
  }

  @Test
  void versionIsTheBuildsProjectVersion() throws IOException {
    Cli.Run run = Cli.run("--version");
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    String pom = Files.readString(Path.of("pom.xml"));
    String parentVersion = pom.substring(pom.indexOf("<version>") + 9, pom.indexOf("</version>"));
    assertTrue(run.out().startsWith("gazette " + parentVersion + "\nJava " + Runtime.version()), run::toString);
  }

  @Test
  void boldOnAPseudoTerminalUnlessNoColorIsSet() throws Exception {
    assertTrue(onATerminal(Map.of()).contains("\u001b[1m"), "bold on a terminal");
    String noColour = onATerminal(Map.of("NO_COLOR", "1"));
    assertTrue(noColour.contains("harbour report"), noColour);
    assertFalse(noColour.contains("\u001b["), "no ANSI codes with NO_COLOR: " + noColour);
  }

  @Test
  void facetsNoneCountsNothing() {
    Cli.Run run = Cli.run("search", "harbour", "--facets", "none", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertFalse(run.out().contains("topics"), run::toString);
    JsonObject json = JsonParser.parseString(Cli.run("search", "harbour", "--facets", "none", "--json", "--data", data).out())
        .getAsJsonObject();
    assertEquals(0, json.getAsJsonObject("facets").size());
  }

  @Test
  void theCursorPagesOnWhereThePageNumberStops() {
    Cli.Run first = Cli.run("search", "--sort", "oldest", "--size", "100", "--facets", "none", "--format", "json", "--data", data);
    assertEquals(30, JsonParser.parseString(first.out()).getAsJsonObject().getAsJsonArray("hits").size());

    Cli.Run deep = Cli.run("search", "harbour", "--page", "1000", "--size", "20", "--data", data);
    assertEquals(ExitCodes.USAGE, deep.exitCode(), deep::toString);
    assertTrue(deep.err().contains("use the cursor"), deep::toString);

    Cli.Run both = Cli.run("search", "harbour", "--page", "2", "--cursor", "x", "--data", data);
    assertEquals(ExitCodes.USAGE, both.exitCode(), both::toString);
    assertTrue(both.err().contains("give --cursor or --page, not both"), both::toString);

    Cli.Run page = Cli.run("search", "--sort", "oldest", "--size", "25", "--facets", "none", "--data", data);
    assertTrue(page.out().contains("page 1 of 2; next: --page 2 (or --cursor "), page::toString);
    String cursor = page.out().replaceAll("(?s).*--cursor ([A-Za-z0-9_=-]+).*", "$1");
    Cli.Run last = Cli.run("search", "--sort", "oldest", "--size", "25", "--facets", "none", "--cursor", cursor, "--data", data);
    assertEquals(ExitCodes.OK, last.exitCode(), last::toString);
    assertEquals(5, last.out().lines().filter(line -> line.matches("\\d+\\. harbour report \\d+")).count(), last::toString);
    assertFalse(last.out().contains("next:"), "the last page has no next: " + last);
  }

  @Test
  void searchResultsAsNdjsonAndCsv() {
    Cli.Run ndjson = Cli.run("search", "harbour", "--size", "3", "--format", "ndjson", "--sort", "oldest", "--data", data);
    List<JsonObject> rows = ndjson.out().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    assertEquals(List.of(1, 2, 3), rows.stream().map(row -> row.get("rank").getAsInt()).toList());
    String id = rows.getFirst().get("id").getAsString();
    assertEquals("harbour report " + id.substring(2), rows.getFirst().get("title").getAsString());
    assertTrue(rows.getFirst().get("snippet").getAsString().contains("The harbour desk filed story " + id.substring(2)), ndjson::toString);

    Cli.Run csv = Cli.run("search", "harbour", "--size", "3", "--format", "csv", "--sort", "oldest", "--data", data);
    List<String> lines = csv.out().lines().toList();
    assertEquals("\"rank\",\"id\",\"score\",\"published\",\"title\",\"snippet\"", lines.getFirst());
    assertTrue(lines.get(1).startsWith("\"1\",\"" + id + "\","), csv::toString);
    assertEquals(4, lines.size(), csv::toString);
  }

  @Test
  void exportWritesEveryArticleOrAQuerysAsCsvOrNdjson() throws IOException {
    Cli.Run stdout = Cli.run("export", "--data", data);
    assertEquals(ExitCodes.OK, stdout.exitCode(), stdout::toString);
    assertEquals("exported 30 articles\n", stdout.err());
    JsonObject first = JsonParser.parseString(stdout.out().lines().findFirst().orElseThrow()).getAsJsonObject();
    assertEquals("d-1", first.get("id").getAsString());
    assertEquals("2024-06-02T10:00:00Z", first.get("published").getAsString());
    assertEquals("odd", first.getAsJsonObject("facets").getAsJsonArray("topics").get(0).getAsString());

    Path csv = temp.resolve("even.csv");
    Cli.Run filtered = Cli.run("export", "--filter", "topics:even", "--format", "csv", "--output", csv, "--data", data);
    assertEquals(ExitCodes.OK, filtered.exitCode(), filtered::toString);
    List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(16, rows.size(), "a header and the 15 even articles");
    assertTrue(rows.stream().skip(1).allMatch(row -> row.contains("\"topics:even\"")), rows::toString);

    Cli.Run query = Cli.run("export", "--query", "story 7", "--data", data);
    assertEquals(List.of("d-7"), query.out().lines().map(line -> JsonParser.parseString(line).getAsJsonObject().get("id")
        .getAsString()).toList(), query::toString);

    Cli.Run folder = Cli.run("export", "--output", temp, "--data", data);
    assertEquals(ExitCodes.USAGE, folder.exitCode(), folder::toString);
  }

  @Test
  void aJsonLineWithoutAnIdIsRejectedWithItsPlaceUnlessIdsAreGenerated() throws IOException {
    Path bad = Files.writeString(temp.resolve("bad.jsonl"), "{\"id\": \"b1\", \"title\": \"Fine\"}\n{\"title\": \"No id\"}\n");
    Cli.Run add = Cli.run("add", bad, "--data", data);
    assertEquals(ExitCodes.REJECTED, add.exitCode(), add::toString);
    assertTrue(add.err().contains(bad + ":2: no id: field 'id' is missing or blank"), add::toString);
    assertEquals(31, Cli.total(data));

    Cli.Run generated = Cli.run("add", bad, "--generate-ids", "--data", data);
    assertEquals(ExitCodes.OK, generated.exitCode(), generated::toString);
    Cli.Run found = Cli.run("search", "title:id", "--format", "ndjson", "--data", data);
    assertEquals("bad.jsonl:2", JsonParser.parseString(found.out().strip()).getAsJsonObject().get("id").getAsString(), found::toString);
  }

  /** What {@code search harbour} prints under a pseudo-terminal ({@code script}), with {@code env} added. */
  private String onATerminal(Map<String, String> env) throws Exception {
    Path script = Path.of("/usr/bin/script");
    assumeTrue(Files.isExecutable(script), "util-linux 'script' is needed to give the tool a terminal");
    List<String> command = new ArrayList<>(Cli.process("search", "harbour", "--size", "1", "--facets", "none", "--data", data)
        .command());
    String line = command.stream().map(arg -> "'" + arg.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qefc", line, "/dev/null").redirectErrorStream(true);
    builder.environment().remove("NO_COLOR");
    builder.environment().put("TERM", "xterm");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    return out;
  }
}

package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gazette eval} in this JVM: on the TIME collection (skipped when the shared research data
 * is absent) and on small made-up files for the failure cases.
 */
class EvalCommandTest {
  /** The recorded plain-BM25 sanity run on TIME (PROVENANCE.md): no stemming, k1 0.9, b 0.4. */
  private static final double SANITY_NDCG = 0.671;
  private static final double SANITY_MAP = 0.607;
  private static final double MARGIN = 0.01;
  private static final Object[] SANITY_CONFIG = {
      "--stemmer", "none", "--k1", "0.9", "--b", "0.4", "--boosts", "1,1,1,1", "--proximity", "0", "--feedback", "off"};

  @TempDir Path temp;

  @Test
  void docsConfiguredLikeTheSanityRunReproduceItsScores() {
    Cli.Run run = Cli.run(concat(time(), SANITY_CONFIG));
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertAll(
        () -> assertTrue(run.out().startsWith("config  none stemmer, stop words removed, folding on; BM25 k1 0.9 b 0.4; "
            + "boosts 1,1,1,1; proximity 0; feedback off, mode lexical\nmetric         mean\nnDCG@10      0."), run::toString),
        () -> assertEquals(SANITY_NDCG, mean(run.out(), "nDCG@10"), MARGIN, run::toString),
        () -> assertEquals(SANITY_MAP, mean(run.out(), "MAP@1000"), MARGIN, run::toString),
        () -> assertTrue(run.out().endsWith("79 topics scored, 4 without relevant judgments skipped, depth 1000\n"),
            run::toString),
        () -> assertTrue(run.err().contains("indexed 423 articles from "), run::toString));
  }

  @Test
  void writesTheRunFileAndEveryTopicsScoresAsJson() throws IOException {
    Path runFile = temp.resolve("time.run");
    Path perQuery = temp.resolve("per-query.json");
    Cli.Run run = Cli.run(concat(time(), "--depth", "100", "--run", runFile, "--tag", "test-run",
        "--per-query", perQuery, "--json"));
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);

    JsonObject printed = JsonParser.parseString(run.out()).getAsJsonObject();
    assertEquals(100, printed.get("depth").getAsInt());
    assertEquals(79, printed.getAsJsonArray("queries").size());
    assertTrue(printed.getAsJsonObject("means").get("ndcg_cut_10").getAsDouble() > 0.5, run::toString);
    assertEquals(printed, JsonParser.parseString(Files.readString(perQuery)));

    List<String> lines = Files.readAllLines(runFile);
    assertTrue(lines.get(0).matches("1 Q0 \\d+ 1 [-0-9.E]+ test-run"), lines.get(0));
    Map<String, Long> perTopic = lines.stream().collect(Collectors.groupingBy(line -> line.split(" ")[0], Collectors.counting()));
    assertEquals(83, perTopic.size(), "every topic is in the run");
    assertEquals(100, perTopic.values().stream().mapToLong(Long::longValue).max().orElseThrow(), "cut at the depth");
  }

  @Test
  void evaluatesTheLiveIndexWithTheRankingSwitchesGiven() {
    Path data = temp.resolve("data");
    Cli.Run reindex = Cli.run("reindex", timeFolder().resolve("time.docs.jsonl.gz"), "--body-field", "text",
        "--data", data);
    assertEquals(ExitCodes.OK, reindex.exitCode(), reindex::toString);

    Cli.Run live = Cli.run("eval", "--data", data, "--topics", timeFolder().resolve("time.queries.tsv"),
        "--qrels", timeFolder().resolve("time.qrels"));
    Cli.Run inMemory = Cli.run(time());
    Cli.Run flat = Cli.run("eval", "--data", data, "--topics", timeFolder().resolve("time.queries.tsv"),
        "--qrels", timeFolder().resolve("time.qrels"), "--k1", "3", "--b", "1");
    assertEquals(ExitCodes.OK, live.exitCode(), live::toString);
    assertTrue(live.out().startsWith("config  analysis as the index was built; "), live::toString);
    assertEquals(tableOf(inMemory.out()), tableOf(live.out()), "the live index ranks as the in-memory one");
    assertFalse(tableOf(flat.out()).equals(tableOf(live.out())), "ranking switches apply to the live index");
  }

  @Test
  void rejectedArticlesAreListedAndTheExitCodeSaysSo() throws IOException {
    Path docs = Files.writeString(temp.resolve("docs.jsonl"), """
        {"id": "d1", "title": "Harbour strike", "body": "Dockers at the harbour went on strike."}
        {"id": "d2", "title": "Harbour reopens"
        {"id": "d3", "title": "Wheat prices", "body": "Wheat prices rose."}
        """);
    Path topics = Files.writeString(temp.resolve("topics.tsv"), "1\tharbour strike\n2\twheat\n");
    Path qrels = Files.writeString(temp.resolve("qrels.txt"), "1 0 d1 1\n2 0 d3 2\n");
    Cli.Run run = Cli.run("eval", "--docs", docs, "--topics", topics, "--qrels", qrels);
    assertEquals(ExitCodes.REJECTED, run.exitCode(), run::toString);
    assertEquals(1.0, mean(run.out(), "nDCG@10"), 1e-9, run::toString);
    assertTrue(run.err().contains("rejected 1 input:\n  " + docs + ":2"), run::toString);
  }

  @Test
  void badFilesFailWithTheLineAtFault() throws IOException {
    Path docs = Files.writeString(temp.resolve("docs.jsonl"), "{\"id\": \"d1\", \"body\": \"harbour\"}\n");
    Path topics = Files.writeString(temp.resolve("topics.tsv"), "1\tharbour\n");
    Path qrels = Files.writeString(temp.resolve("qrels.txt"), "1 0 d1\n");
    Cli.Run run = Cli.run("eval", "--docs", docs, "--topics", topics, "--qrels", qrels);
    assertEquals(ExitCodes.FAILURE, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("gazette eval: ") && run.err().contains("line 1"), run::toString);
  }

  @Test
  void wrongOptionsAreUsageErrors() throws IOException {
    Path docs = Files.writeString(temp.resolve("docs.jsonl"), "{\"id\": \"d1\", \"body\": \"harbour\"}\n");
    Path topics = Files.writeString(temp.resolve("topics.tsv"), "1\tharbour\n");
    Path qrels = Files.writeString(temp.resolve("qrels.txt"), "1 0 d1 1\n");
    Object[] files = {"--topics", topics, "--qrels", qrels};
    Object[] withDocs = concat(new Object[] {"eval", "--docs", docs}, files);
    assertAll(
        () -> assertUsageError(Cli.run(concat(new Object[] {"eval", "--stemmer", "kstem", "--data", temp}, files)),
            "--stemmer, --[no-]stopwords and --[no-]folding need --docs"),
        () -> assertUsageError(Cli.run(concat(withDocs, "--data", temp)), "give --docs"),
        () -> assertUsageError(Cli.run(concat(withDocs, "--feedback", "lots")), "'lots' is not off, rm3 or DOCS,TERMS,WEIGHT"),
        () -> assertUsageError(Cli.run(concat(withDocs, "--boosts", "1,2")), "--boosts takes four weights"),
        () -> assertUsageError(Cli.run(concat(withDocs, "--b", "2")), "BM25 needs k1 >= 0 and 0 <= b <= 1"),
        () -> assertUsageError(Cli.run(concat(withDocs, "--depth", "0")), "depth must be 1 or more"),
        () -> assertUsageError(Cli.run(concat(withDocs, "--stemmer", "snowball")), "Invalid value for option '--stemmer'"),
        () -> assertUsageError(Cli.run("eval", "--docs", docs, "--topics", temp.resolve("none.tsv"), "--qrels", qrels),
            "file not found: " + temp.resolve("none.tsv")),
        () -> assertUsageError(Cli.run("eval", "--docs", docs), "Missing required options"));
  }

  private static void assertUsageError(Cli.Run run, String message) {
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains(message), run::toString);
  }

  /** The TIME collection's folder; skips the test when the shared research data is absent. */
  private static Path timeFolder() {
    String shared = System.getProperty("gazette.shared", System.getenv("GAZETTE_SHARED"));
    Path folder = shared == null ? null : Path.of(shared, "data", "ir-time");
    assumeTrue(folder != null && Files.isRegularFile(folder.resolve("time.docs.jsonl.gz")),
        "the TIME collection was not found (set -Dgazette.shared or GAZETTE_SHARED to the shared folder); skipping");
    return folder;
  }

  /**
   * {@code eval} of TIME's articles, topics and judgments, with the default configuration, by words
   * (the embedding of a collection is measured in docs/relevance.md, not in every build).
   */
  private static Object[] time() {
    Path folder = timeFolder();
    return new Object[] {"eval", "--docs", folder.resolve("time.docs.jsonl.gz"), "--body-field", "text",
        "--topics", folder.resolve("time.queries.tsv"), "--qrels", folder.resolve("time.qrels"), "--mode", "lexical"};
  }

  private static double mean(String table, String metric) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(metric) + " +([0-9.]+)$").matcher(table);
    assertTrue(matcher.find(), table);
    return Double.parseDouble(matcher.group(1));
  }

  /** The table of means without the configuration line. */
  private static String tableOf(String out) {
    return out.substring(out.indexOf("\nmetric"));
  }

  private static Object[] concat(Object[] head, Object... tail) {
    List<Object> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(tail));
    return all.toArray();
  }
}

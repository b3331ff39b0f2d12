package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** related, suggest and search --timeline on a small archive. */
class FeatureCommandsTest {
  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void reindex() throws Exception {
    data = temp.resolve("data");
    Path source = temp.resolve("wheat.jsonl");
    Files.writeString(source, """
        {"id": "w1", "title": "Wheat harvest report", "published": "2019-03-03", "body": "The wheat harvest was weak, wheat farmers said."}
        {"id": "w2", "title": "Wheat harvest update", "published": "2024-06-20", "body": "The wheat harvest improved across the plains."}
        {"id": "w3", "title": "Grain exports", "published": "2024-06-21", "body": "Grain exports rose as the harvest came in."}
        """);
    Cli.Run run = Cli.run("reindex", source, "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
  }

  @Test
  void relatedListsSimilarArticlesButNotTheArticleItself() {
    Cli.Run run = Cli.run("related", "w1", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("2 articles like Wheat harvest report\n   2019-03-03 · id w1\n"), run::toString);
    assertTrue(run.out().contains("\n1. Wheat harvest update\n   2024-06-20 · id w2\n   The wheat harvest improved across the plains.\n"),
        run::toString);
    assertFalse(run.out().contains(". Wheat harvest report"), "never the article itself: " + run);
    Cli.Run missing = Cli.run("related", "nope", "--data", data);
    assertEquals(ExitCodes.FAILURE, missing.exitCode(), missing::toString);
    assertTrue(missing.err().contains("no article with id 'nope'"), missing::toString);
    assertEquals(ExitCodes.USAGE, Cli.run("related", "w1", "--size", "0", "--data", data).exitCode());
  }

  @Test
  void suggestCompletesWhatWasTyped() {
    Cli.Run run = Cli.run("suggest", "wheat", "harv", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Wheat harvest update  (title w2)"), run::toString);
    Cli.Run json = Cli.run("suggest", "wheat harv", "--json", "--data", data);
    assertTrue(JsonParser.parseString(json.out()).getAsJsonArray().size() > 0, json::toString);
  }

  @Test
  void searchPrintsTheTimelineAndCorrectsTypos() {
    Cli.Run run = Cli.run("search", "harvset", "--timeline", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("with typos allowed"), run::toString);
    assertTrue(run.out().contains("did you mean: harvest"), run::toString);
    assertTrue(run.out().contains("timeline (per year)\n  2019              1 #"), run::toString);
  }

  @Test
  void aSynonymsFileWidensSearches() throws Exception {
    Path synonyms = temp.resolve("synonyms.txt");
    Files.writeString(synonyms, "harvest, reaping\n");
    assertEquals(ExitCodes.OK, Cli.run("search", "reaping", "--data", data).exitCode());
    assertTrue(Cli.run("search", "reaping", "--exact", "--data", data).out().startsWith("0 articles"));
    Cli.Run run = Cli.run("search", "reaping", "--exact", "--synonyms", synonyms, "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("3 articles match"), run::toString);
  }
}

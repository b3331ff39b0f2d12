package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette search --filter} in the filter grammar and {@code --fields}, run in this JVM. */
class SearchFilterCommandTest {
  @TempDir Path temp;
  private Path data;

  @BeforeEach
  void reindex() {
    data = temp.resolve("data");
    Cli.Run run = Cli.run("reindex", Cli.articles(temp.resolve("a.jsonl"), "a", 6, "harbour"), "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
  }

  private List<String> ids(String... filterArgs) {
    List<Object> args = new java.util.ArrayList<>(List.of("search", "--json", "--sort", "oldest", "--data", data));
    for (String filter : filterArgs) {
      args.add("--filter");
      args.add(filter);
    }
    Cli.Run run = Cli.run(args.toArray());
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    return JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("hits").asList().stream()
        .map(JsonElement::getAsJsonObject).map(hit -> hit.get("id").getAsString()).toList();
  }

  @Test
  void filtersTakeTheGrammarTheApiTakes() {
    assertEquals(List.of("a-2", "a-4", "a-6"), ids("topics:even"));
    assertEquals(List.of("a-1", "a-3", "a-5"), ids("-topics:even"));
    assertEquals(List.of("a-1", "a-2", "a-3", "a-4", "a-5", "a-6"), ids("topics:even OR topics:odd"));
    assertEquals(List.of(), ids("topics:even AND NOT (topics:odd OR topics:even)"));
  }

  @Test
  void aMalformedFilterIsAUsageErrorSayingWhatIsWrong() {
    Cli.Run run = Cli.run("search", "--filter", "topics:even OR", "--data", data);
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("a dimension:value is missing"), run::toString);
  }

  @Test
  void fieldsArePrintedUnderEachHit() {
    Cli.Run run = Cli.run("search", "story", "1", "--fields", "topics,body", "--data", data);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("   topics: odd\n"), run::toString);
    assertTrue(run.out().contains("   body: The harbour desk filed story 1 about harbours, markets and weather.\n"), run::toString);
  }
}

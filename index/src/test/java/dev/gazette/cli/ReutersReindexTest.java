package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reindex of the whole Reuters-21578 corpus in this JVM: every article, and the corpus's known facet totals. */
class ReutersReindexTest {
  @TempDir Path data;

  @Test
  void reindexesAllOfReutersWithItsCodeListsAsFacets() {
    Cli.Run run = Cli.run("reindex", Cli.reuters(), "--data", data);
    assertEquals(ExitCodes.REJECTED, run.exitCode(), "record 12793 has neither title nor body: " + run);
    assertTrue(run.out().startsWith("indexed   21,577 articles\n"), run::toString);
    assertTrue(run.out().contains("index     21,577 articles, "), run::toString);
    assertTrue(run.err().contains("article '12793' has neither a title nor a body"), run::toString);
    System.out.println("Reuters-21578 reindex:\n" + run.out());

    Cli.Run search = Cli.run("search", "--facets", "topics,places", "--size", "1", "--json", "--data", data);
    assertEquals(ExitCodes.OK, search.exitCode(), search::toString);
    JsonObject result = JsonParser.parseString(search.out()).getAsJsonObject();
    assertEquals(21_577, result.get("total").getAsLong());
    JsonObject facets = result.getAsJsonObject("facets");
    assertTop(facets.getAsJsonArray("topics"), "earn", 3_987);
    // PROVENANCE.md counts 12,542 "usa" codes; one article (NEWID 9323) lists it twice, so 12,541 articles.
    assertTop(facets.getAsJsonArray("places"), "usa", 12_541);

    Cli.Run filtered = Cli.run("search", "--filter", "topics:earn", "--facets", "topics", "--json", "--data", data);
    assertEquals(3_987, JsonParser.parseString(filtered.out()).getAsJsonObject().get("total").getAsLong(), filtered::toString);
  }

  private static void assertTop(JsonArray values, String value, long count) {
    JsonObject top = values.get(0).getAsJsonObject();
    assertEquals(value, top.get("value").getAsString());
    assertEquals(count, top.get("count").getAsLong());
  }
}

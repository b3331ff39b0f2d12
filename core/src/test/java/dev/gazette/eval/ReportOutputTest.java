package dev.gazette.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of means, the per-topic JSON and the TREC run file. */
class ReportOutputTest {
  @TempDir
  Path dir;

  /** Topic 1 finds its one relevant document at rank 2; topic 2 has none judged relevant. */
  private static Report report() {
    List<Topic> topics = List.of(new Topic("1", "first"), new Topic("2", "second"));
    Qrels qrels = new Qrels(Map.of("1", Map.of("b", 1), "2", Map.of("a", 0)));
    Map<String, List<Retrieved>> run = Map.of(
        "1", List.of(new Retrieved("b", 0.25f), new Retrieved("a", 12.5f)),
        "2", List.of(new Retrieved("a", 1e-5f)));
    return Evaluation.score(topics, qrels, run, 1000);
  }

  @Test
  void tableListsEachMeanAlignedThenTheTopicCounts() {
    assertEquals("""
        metric         mean
        nDCG@10      0.6309
        MAP@1000     0.5000
        Recall@100   1.0000
        Recall@1000  1.0000
        MRR@10       0.5000
        P@10         0.1000
        1 topics scored, 1 without relevant judgments skipped, depth 1000
        """, report().table());
  }

  @Test
  void jsonHoldsTheMeansAndEachTopicUnderTrecEvalNames() {
    JsonObject json = JsonParser.parseString(report().json()).getAsJsonObject();

    assertEquals(1000, json.get("depth").getAsInt());
    assertEquals(1, json.get("topics").getAsInt());
    assertEquals("2", json.getAsJsonArray("skipped").get(0).getAsString());
    assertEquals(0.5, json.getAsJsonObject("means").get("map").getAsDouble());
    JsonArray queries = json.getAsJsonArray("queries");
    assertEquals(1, queries.size());
    JsonObject one = queries.get(0).getAsJsonObject();
    assertEquals("1", one.get("id").getAsString());
    assertEquals(1, one.get("num_rel").getAsInt());
    assertEquals(2, one.get("num_ret").getAsInt());
    assertEquals(1, one.get("num_rel_ret").getAsInt());
    for (Metric metric : Metric.values()) {
      assertEquals(metric.of(report().queries().get(0).scores()), one.get(metric.key()).getAsDouble(), metric.key());
    }
  }

  @Test
  void runFileListsEveryTopicInRankOrderWithScoresThatRankTheSame() throws IOException {
    Path file = dir.resolve("run.txt");
    report().writeRun(file, "bm25-plain");

    assertEquals(List.of(
        "1 Q0 a 1 12.5 bm25-plain",
        "1 Q0 b 2 0.25 bm25-plain",
        "2 Q0 a 1 1.0E-5 bm25-plain"), Files.readAllLines(file));
  }

  @Test
  void runTagMustBeOneWord() {
    Path file = dir.resolve("run.txt");
    assertThrows(InvalidRequestException.class, () -> report().writeRun(file, "two words"));
    assertThrows(InvalidRequestException.class, () -> report().writeRun(file, ""));
  }
}

package dev.gazette.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.ArticleReader;
import dev.gazette.FieldMapping;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.IngestReport;
import dev.gazette.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The harness end to end on the TIME collection (423 Time magazine articles of 1963, 83 queries):
 * plain BM25 without stemming must land near the sanity run recorded in the data's PROVENANCE.md
 * (MAP 0.607, nDCG@10 0.671 on time.qrels).
 */
class TimeCollectionEvaluationTest {
  private static final double TOLERANCE = 0.03;

  @Test
  void plainBm25LandsNearTheSanityRun() {
    Path folder = TestData.sharedData("ir-time");
    GazetteConfig config = GazetteConfig.defaults()
        .withAnalysis(a -> a.stemmer(GazetteConfig.Stemmer.NONE))
        .withRanking(r -> r.k1(0.9f).b(0.4f).fieldBoosts(1, 1, 1, 1).proximityBoost(0).feedback(0, 10, 0.5f));
    try (Gazette gazette = Gazette.inMemory(config)) {
      FieldMapping mapping = new FieldMapping("id", "title", "date", "text", null, null, List.of());
      IngestReport loaded = gazette.load(ArticleReader.of(folder.resolve("time.docs.jsonl.gz")).mapping(mapping));
      assertEquals(423, loaded.accepted());
      gazette.refresh();

      List<Topic> topics = Evaluation.readTopics(folder.resolve("time.queries.tsv"));
      Report report = Evaluation.run(gazette, topics, Qrels.read(folder.resolve("time.qrels")));

      assertEquals(83, topics.size());
      assertEquals(79, report.queries().size());
      assertEquals(List.of("56", "59", "62", "72"), report.skipped());
      assertEquals(0.607, report.means().map(), TOLERANCE, report.table());
      assertEquals(0.671, report.means().ndcg10(), TOLERANCE, report.table());
      assertTrue(report.run().values().stream().allMatch(docs -> docs.size() <= 423));
    }
  }
}

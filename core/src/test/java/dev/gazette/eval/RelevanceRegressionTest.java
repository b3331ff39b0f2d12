package dev.gazette.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.ArticleReader;
import dev.gazette.Evaluation;
import dev.gazette.Evaluation.Qrels;
import dev.gazette.Evaluation.Report;
import dev.gazette.FieldMapping;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards ranking quality: the default configuration on the TIME and CISI test collections must keep
 * nDCG@10 and MAP within 0.01 of the values measured when the defaults were chosen (see {@code
 * docs/relevance.md}). A change that costs more fails the build; one that gains should raise the
 * floors. To run in seconds, topics are retrieved to depth 100, so MAP here is cut at 100.
 */
class RelevanceRegressionTest {
  private static final int DEPTH = 100;
  private static final FieldMapping COLLECTION_FIELDS = new FieldMapping("id", "title", "date", "text", null, null, List.of());

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // measured at depth 100: TIME nDCG@10 0.7131, MAP 0.6566; CISI nDCG@10 0.3958, MAP 0.1881
      "ir-time,                 time, 0.7031, 0.6466",
      "ir-glasgow-classic/cisi, cisi, 0.3858, 0.1781"
  })
  void theDefaultsRankAtLeastAsWellAsWhenTheyWereChosen(String folder, String name, double ndcgFloor, double mapFloor) {
    Path dir = TestData.sharedData(folder);
    try (Gazette gazette = Gazette.inMemory(GazetteConfig.defaults())) {
      gazette.load(ArticleReader.of(dir.resolve(name + ".docs.jsonl.gz")).mapping(COLLECTION_FIELDS));
      gazette.refresh();
      Report report = Evaluation.run(gazette, Evaluation.readTopics(dir.resolve(name + ".queries.tsv")),
          Qrels.read(dir.resolve(name + ".qrels")), Evaluation::naturalLanguage, DEPTH);
      assertAll(
          () -> assertTrue(report.means().ndcg10() >= ndcgFloor, "nDCG@10 fell below " + ndcgFloor + ":\n" + report.table()),
          () -> assertTrue(report.means().map() >= mapFloor, "MAP fell below " + mapFloor + ":\n" + report.table()));
    }
  }
}

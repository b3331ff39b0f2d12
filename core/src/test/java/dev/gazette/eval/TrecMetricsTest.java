package dev.gazette.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.GazetteException;
import dev.gazette.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each measure against values worked out by hand from trec_eval's definitions. */
class TrecMetricsTest {
  private static final double EPSILON = 1e-12;

  /** Topic 1: graded judgments, a judged non-relevant document, ties in score, fewer than 10 retrieved. */
  private static final Map<String, Integer> TOPIC_1 = Map.of("a", 2, "b", 1, "c", 0, "e", 1);
  private static final List<Retrieved> RUN_1 = List.of(
      new Retrieved("c", 1.0f),
      new Retrieved("e", 0.5f),
      new Retrieved("a", 2.0f),
      new Retrieved("x", 3.0f),
      new Retrieved("f", 0.5f),
      new Retrieved("b", 2.0f));

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static Report score(Map<String, Map<String, Integer>> qrels, Map<String, List<Retrieved>> run, int depth) {
    List<Topic> topics = qrels.keySet().stream().map(id -> new Topic(id, "query " + id)).toList();
    return Evaluation.score(topics, new Qrels(qrels), run, depth);
  }

  private static Scores topic1() {
    Report report = score(Map.of("1", TOPIC_1), Map.of("1", RUN_1), 1000);
    return report.queries().get(0).scores();
  }

  @Test
  void tiesInScoreAreBrokenByDocumentIdDescending() {
    Report report = score(Map.of("1", TOPIC_1), Map.of("1", RUN_1), 1000);

    // x 3.0; b and a tie at 2.0 (b > a); c 1.0; f and e tie at 0.5 (f > e).
    assertEquals(List.of("x", "b", "a", "c", "f", "e"),
        report.run().get("1").stream().map(Retrieved::docId).toList());
  }

  @Test
  void tieBreakingComparesIdsAsTextNotNumbers() {
    List<Retrieved> tied = List.of(new Retrieved("1", 1f), new Retrieved("10", 1f), new Retrieved("9", 1f));
    Report report = score(Map.of("q", Map.of("1", 1)), Map.of("q", tied), 1000);

    assertEquals(List.of("9", "10", "1"), report.run().get("q").stream().map(Retrieved::docId).toList());
    assertEquals(1.0 / 3, report.queries().get(0).scores().mrr10(), EPSILON);
  }

  @Test
  void averagePrecisionAveragesThePrecisionAtEachRelevantOverAllRelevant() {
    // Relevant b, a, e at ranks 2, 3, 6.
    assertEquals((1.0 / 2 + 2.0 / 3 + 3.0 / 6) / 3, topic1().map(), EPSILON);
  }

  @Test
  void ndcgUsesGradesAsGainsAndTheIdealOrderOfTheJudgments() {
    double dcg = 1 / log2(3) + 2 / log2(4) + 1 / log2(7);
    double ideal = 2 / log2(2) + 1 / log2(3) + 1 / log2(4);
    assertEquals(dcg / ideal, topic1().ndcg10(), EPSILON);
  }

  @Test
  void precisionAtTenDividesByTenWhenFewerAreRetrieved() {
    assertEquals(3.0 / 10, topic1().p10(), EPSILON);
  }

  @Test
  void reciprocalRankAndRecallOfTopicOne() {
    Scores scores = topic1();
    assertEquals(1.0 / 2, scores.mrr10(), EPSILON);
    assertEquals(1.0, scores.recall100(), EPSILON);
    assertEquals(1.0, scores.recall1000(), EPSILON);
  }

  @Test
  void unjudgedDocumentsCountAsNotRelevant() {
    Report report = score(Map.of("1", Map.of("a", 1)),
        Map.of("1", List.of(new Retrieved("unjudged", 9f), new Retrieved("a", 1f))), 1000);
    Scores scores = report.queries().get(0).scores();

    assertEquals(1.0 / 2, scores.map(), EPSILON);
    assertEquals((1 / log2(3)) / 1, scores.ndcg10(), EPSILON);
    assertEquals(1.0 / 2, scores.mrr10(), EPSILON);
  }

  @Test
  void cutOffsAtTenAndAHundred() {
    // 150 documents d000..d149 in that order; relevant d010 (rank 11), d120 (rank 121) and one never retrieved.
    List<Retrieved> run = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      run.add(new Retrieved(String.format("d%03d", i), 1000f - i));
    }
    Report report = score(Map.of("4", Map.of("d010", 1, "d120", 3, "missing", 1, "d000", 0)), Map.of("4", run), 1000);
    QueryScores query = report.queries().get(0);

    assertEquals(0.0, query.scores().ndcg10(), EPSILON);
    assertEquals(0.0, query.scores().mrr10(), EPSILON);
    assertEquals(0.0, query.scores().p10(), EPSILON);
    assertEquals(1.0 / 3, query.scores().recall100(), EPSILON);
    assertEquals(2.0 / 3, query.scores().recall1000(), EPSILON);
    assertEquals((1.0 / 11 + 2.0 / 121) / 3, query.scores().map(), EPSILON);
    assertEquals(3, query.relevant());
    assertEquals(150, query.retrieved());
    assertEquals(2, query.relevantRetrieved());
  }

  @Test
  void theRunIsCutAtTheDepthBeforeScoring() {
    Report report = score(Map.of("1", TOPIC_1), Map.of("1", RUN_1), 2);

    assertEquals(List.of("x", "b"), report.run().get("1").stream().map(Retrieved::docId).toList());
    assertEquals((1.0 / 2) / 3, report.queries().get(0).scores().map(), EPSILON);
    assertEquals(1.0 / 3, report.queries().get(0).scores().recall1000(), EPSILON);
  }

  @Test
  void topicsWithoutRelevantJudgmentsAreSkippedAndTopicsWithNothingRetrievedScoreZero() {
    Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
    qrels.put("1", TOPIC_1);
    qrels.put("2", Map.of("a", 0, "b", -1));
    qrels.put("3", Map.of("a", 1));
    Report report = score(qrels, Map.of("1", RUN_1, "2", RUN_1), 1000);

    assertEquals(List.of("2"), report.skipped());
    assertEquals(List.of("1", "3"), report.queries().stream().map(QueryScores::topicId).toList());
    assertEquals(new Scores(0, 0, 0, 0, 0, 0), report.queries().get(1).scores());
    Scores one = topic1();
    assertEquals(one.map() / 2, report.means().map(), EPSILON);
    assertEquals(one.ndcg10() / 2, report.means().ndcg10(), EPSILON);
    assertEquals(one.p10() / 2, report.means().p10(), EPSILON);
    assertEquals(List.of(), report.run().get("3"));
    assertEquals(6, report.run().get("2").size());
  }

  @Test
  void judgedTopicsMissingFromTheTopicListAreIgnored() {
    Report report = Evaluation.score(List.of(new Topic("1", "query")),
        new Qrels(Map.of("1", TOPIC_1, "99", Map.of("a", 1))), Map.of("1", RUN_1, "99", RUN_1), 1000);

    assertEquals(1, report.queries().size());
    assertEquals(topic1(), report.means());
  }

  @Test
  void refusesARunListingADocumentTwice() {
    List<Retrieved> twice = List.of(new Retrieved("a", 2f), new Retrieved("a", 1f));
    GazetteException e = assertThrows(GazetteException.class,
        () -> score(Map.of("1", TOPIC_1), Map.of("1", twice), 1000));
    assertTrue(e.getMessage().contains("document a twice for topic 1"), e.getMessage());
  }

  @Test
  void refusesTopicsThatMatchNoJudgment() {
    GazetteException e = assertThrows(GazetteException.class, () -> Evaluation.score(
        List.of(new Topic("Q1", "query")), new Qrels(Map.of("1", TOPIC_1)), Map.of(), 1000));
    assertTrue(e.getMessage().contains("check that the topic ids match"), e.getMessage());
  }

  @Test
  void refusesADepthBelowOne() {
    assertThrows(InvalidRequestException.class, () -> score(Map.of("1", TOPIC_1), Map.of(), 0));
  }

  @Test
  void refusesATopicListedTwice() {
    List<Topic> topics = List.of(new Topic("1", "one"), new Topic("1", "again"));
    assertThrows(GazetteException.class,
        () -> Evaluation.score(topics, new Qrels(Map.of("1", TOPIC_1)), Map.of(), 1000));
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gazette.GazetteConfig.Stemmer;
import dev.gazette.analysis.AnalysisSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteConfigTest {
  private static final GazetteConfig DEFAULTS = GazetteConfig.defaults();

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    GazetteConfig.Analysis analysis = DEFAULTS.analysis();
    assertEquals(new GazetteConfig.Analysis(Stemmer.PORTER, true, true, null, true), analysis);
    GazetteConfig.Ranking ranking = DEFAULTS.ranking();
    assertEquals(new GazetteConfig.Ranking(1.2f, 0.6f, 1f, 1f, 1f, 0.5f, 0.5f, 30, 0, 20, 0.8f), ranking);
    assertEquals(new GazetteConfig.Operations(64, 5_000), DEFAULTS.operations());
  }

  @Test
  void aChangeNamesOnlyWhatDiffersAndLeavesTheOriginalAlone() {
    GazetteConfig tuned = DEFAULTS.withRanking(r -> r.k1(0.9f).b(0.4f));
    assertEquals(0.9f, tuned.ranking().k1());
    assertEquals(0.4f, tuned.ranking().b());
    assertEquals(DEFAULTS.ranking().titleBoost(), tuned.ranking().titleBoost());
    assertEquals(DEFAULTS.ranking().proximityBoost(), tuned.ranking().proximityBoost());
    assertEquals(DEFAULTS.ranking().feedbackTerms(), tuned.ranking().feedbackTerms());
    assertSame(DEFAULTS.analysis(), tuned.analysis());
    assertSame(DEFAULTS.operations(), tuned.operations());
    assertEquals(1.2f, GazetteConfig.defaults().ranking().k1(), "the defaults are not changed by a copy");
  }

  @Test
  void changesToEachPartCompose() {
    GazetteConfig config = DEFAULTS
        .withAnalysis(a -> a.stemmer(Stemmer.KSTEM).stopWords(false))
        .withRanking(r -> r.fieldBoosts(2, 1, 1, 0).proximityBoost(0))
        .withOperations(o -> o.searchTimeoutMs(250))
        .withAnalysis(a -> a.asciiFolding(false));
    assertEquals(new GazetteConfig.Analysis(Stemmer.KSTEM, false, false, null, true), config.analysis());
    assertEquals(2f, config.ranking().titleBoost());
    assertEquals(0f, config.ranking().referencesBoost());
    assertEquals(0f, config.ranking().proximityBoost());
    assertEquals(DEFAULTS.ranking().k1(), config.ranking().k1());
    assertEquals(new GazetteConfig.Operations(64, 250), config.operations());
  }

  @Test
  void withFeedbackIsTheRankingSwitch() {
    GazetteConfig shortcut = DEFAULTS.withFeedback(5, 20, 0.8f);
    assertEquals(DEFAULTS.withRanking(r -> r.feedback(5, 20, 0.8f)), shortcut);
    assertEquals(5, shortcut.ranking().feedbackDocs());
    assertNotEquals(DEFAULTS, shortcut);
  }

  @Test
  void eachPartRefusesValuesOutOfRangeWithTheReason() {
    assertRefused("stemmer must be set", () -> DEFAULTS.withAnalysis(a -> a.stemmer(null)));
    assertRefused("BM25 needs k1 >= 0 and 0 <= b <= 1", () -> DEFAULTS.withRanking(r -> r.k1(-1)));
    assertRefused("BM25 needs k1 >= 0 and 0 <= b <= 1", () -> DEFAULTS.withRanking(r -> r.b(1.5f)));
    assertRefused("BM25 needs k1 >= 0 and 0 <= b <= 1", () -> DEFAULTS.withRanking(r -> r.k1(Float.NaN)));
    assertRefused("boosts must not be negative", () -> DEFAULTS.withRanking(r -> r.fieldBoosts(1, 1, -1, 1)));
    assertRefused("boosts must not be negative", () -> DEFAULTS.withRanking(r -> r.proximityBoost(-0.5f)));
    assertRefused("recencyHalfLifeDays must be positive", () -> DEFAULTS.withRanking(r -> r.recencyHalfLifeDays(0)));
    assertRefused("feedback needs 0 to 100 docs, 1 to 100 terms and a weight from 0 to 1",
        () -> DEFAULTS.withFeedback(GazetteConfig.Ranking.MAX_FEEDBACK + 1, 10, 0.5f));
    assertRefused("ramBufferMb must be at least 1", () -> DEFAULTS.withOperations(o -> o.ramBufferMb(0.5)));
    assertRefused("searchTimeoutMs must be at least 1", () -> DEFAULTS.withOperations(o -> o.searchTimeoutMs(0)));
    assertRefused("analysis, ranking, operations and semantic must all be set",
        () -> new GazetteConfig(DEFAULTS.analysis(), null, DEFAULTS.operations(), DEFAULTS.semantic()));
  }

  @Test
  void theAnalysisAnIndexRecordsKeepsItsFormat() {
    GazetteConfig kstem = DEFAULTS.withAnalysis(a -> a.stemmer(Stemmer.KSTEM).stopWords(false));
    assertEquals(Map.of("gazette.stemmer", "KSTEM", "gazette.stopWords", "false", "gazette.asciiFolding", "true"),
        AnalysisSettings.of(kstem).toCommitData());
    assertEquals(AnalysisSettings.of(DEFAULTS),
        AnalysisSettings.fromCommitData(AnalysisSettings.of(DEFAULTS).toCommitData(), AnalysisSettings.of(kstem)));
  }

  @Test
  void anAnalysisChangeReachesANewIndexButNotOneAlreadyBuilt(@TempDir Path dir) {
    GazetteConfig unstemmed = DEFAULTS.withAnalysis(a -> a.stemmer(Stemmer.NONE));
    Article article = Articles.article("r1", "Marathon", "2024-03-01", "The runners kept running in the rain.");
    try (Gazette fresh = Gazette.inMemory(unstemmed)) {
      fresh.upsert(article);
      fresh.refresh();
      assertEquals(0, fresh.search(SearchRequest.of("runs")).total(), "no stemmer: runs does not find running");
    }
    try (Gazette built = Gazette.open(dir)) {
      built.upsert(article);
      built.commit();
    }
    try (Gazette reopened = Gazette.open(dir, unstemmed)) {
      assertEquals(1, reopened.search(SearchRequest.of("runs")).total(), "searched with the Porter stemmer it was built with");
    }
  }

  private static void assertRefused(String message, Supplier<GazetteConfig> config) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, config::get).getMessage());
  }
}

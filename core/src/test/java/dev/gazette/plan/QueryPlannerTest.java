package dev.gazette.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.search.Clause;
import dev.gazette.search.UserQueryParser;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The planner's proximity bonus: the exact plan of several plain words rewards them standing close
 * together in title and body; the typo retry's plan, run only when those exact words matched
 * nothing, has no such phrase, as none of them could match.
 */
class QueryPlannerTest {
  private static final GazetteConfig CONFIG = GazetteConfig.defaults();
  private final QueryPlanner planner =
      new QueryPlanner(new Schema(AnalysisSettings.of(CONFIG), Synonyms.of(CONFIG)), CONFIG);
  private final UserQueryParser parser = new UserQueryParser(Set.copyOf(Schema.TEXT_FIELDS));

  @Test
  void theExactPlanRewardsProximityAndTheTypoRetryDoesNot() {
    for (Operator operator : Operator.values()) {
      List<Clause> clauses = parser.parse("goverment bonds");
      assertEquals(2, slopPhrases(planner.ranking(clauses, operator, false)), operator + ", exact");
      assertEquals(0, slopPhrases(planner.ranking(clauses, operator, true)), operator + ", typos");
      assertTrue(fuzzyWords(planner.ranking(clauses, operator, true)) > 0, operator + ": the retry has near misses");
    }
  }

  /** Phrases allowing words between them: the proximity bonus, one per highlighted field. */
  private static int slopPhrases(Match match) {
    return count(match, leaf -> leaf instanceof Match.Phrase phrase && phrase.slop() > 0);
  }

  private static int fuzzyWords(Match match) {
    return count(match, leaf -> leaf instanceof Match.Fuzzy);
  }

  private static int count(Match match, Predicate<Match> counted) {
    return switch (match) {
      case Match.DisMax disMax -> count(disMax.alternatives(), counted);
      case Match.AnyOf any -> count(any.alternatives(), counted);
      case Match.Bool bool -> count(bool.must(), counted) + count(bool.should(), counted)
          + count(bool.mustNot(), counted);
      default -> counted.test(match) ? 1 : 0;
    };
  }

  private static int count(List<Match> matches, Predicate<Match> counted) {
    return matches.stream().mapToInt(match -> count(match, counted)).sum();
  }
}

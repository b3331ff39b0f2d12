package dev.gazette.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Article;
import dev.gazette.Gazette;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import dev.gazette.search.UserQueryParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Running topics against an engine: paging to the depth, natural-language queries, tie order. */
class EngineEvaluationTest {
  private static final Instant DAY = Instant.parse("2024-06-19T12:00:00Z");

  private static Gazette archive(int size) {
    Gazette gazette = Gazette.inMemory();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      articles.add(Article.of(String.format("n%03d", i), "", DAY, List.of("wheat harvest report number " + i)));
    }
    articles.add(Article.of("korea", "", DAY, List.of("Russia and North Korea sign a pact")));
    articles.add(Article.of("russia", "", DAY, List.of("Russia exports grain")));
    gazette.upsertAll(articles);
    gazette.refresh();
    return gazette;
  }

  @Test
  void retrievesToTheDepthAcrossPagesAndRanksTiesByIdDescending() {
    try (Gazette gazette = archive(250)) {
      Report report = Evaluation.run(gazette, List.of(new Topic("w", "wheat harvest")),
          new Qrels(Map.of("w", Map.of("n229", 1))), Evaluation::naturalLanguage, 230);

      List<Retrieved> run = report.run().get("w");
      assertEquals(230, run.size());
      assertEquals(230, new HashSet<>(run).size());
      // Every article scores the same: the engine's first 230 (n000 to n229, ties by id ascending)
      // are ranked as trec_eval ranks them, greatest id first.
      assertEquals("n229", run.get(0).docId());
      assertEquals("n000", run.get(229).docId());
      assertEquals(1.0, report.means().mrr10());
    }
  }

  @Test
  void naturalLanguageTopicsAreNotReadAsQuerySyntax() {
    try (Gazette gazette = archive(3)) {
      Report report = Evaluation.run(gazette, List.of(new Topic("k", "RUSSIA NOT KOREA")),
          new Qrels(Map.of("k", Map.of("korea", 1))));

      assertEquals(1.0, report.means().mrr10());
      assertEquals(List.of("korea", "russia"), report.run().get("k").stream().map(Retrieved::docId).toList());
    }
  }

  @Test
  void naturalLanguageRequestMatchesAnyWordWithoutHighlighting() {
    SearchRequest request = Evaluation.naturalLanguage("WHAT IS THE \"HOT LINE\" -PROPOSAL OR title:PLAN* (AND) NOT");

    assertEquals("WHAT IS THE HOT LINE PROPOSAL or title PLAN and not", request.query());
    assertEquals(SearchRequest.Operator.OR, request.operator());
    assertFalse(request.highlight());
  }

  @Test
  void naturalLanguageCutsOverlongTopicsAtAWord() {
    String query = Evaluation.naturalLanguage("librarianship ".repeat(60) + "x".repeat(1_900)).query();

    assertTrue(query.length() <= SearchRequest.MAX_QUERY_LENGTH);
    assertTrue(query.endsWith("librarianship"), query);
  }

  @Test
  void naturalLanguageKeepsTheFirstWordsTheEngineTakesAndDropsThoseWithoutLetters() {
    String topic = "What . -- problems ? " + "library ".repeat(UserQueryParser.MAX_CLAUSES) + "catalogues";
    String query = Evaluation.naturalLanguage(topic).query();

    assertEquals(UserQueryParser.MAX_CLAUSES, query.split(" ").length);
    assertTrue(query.startsWith("What problems library"), query);
    assertFalse(query.contains("catalogues"), query);
    try (Gazette gazette = archive(3)) {
      Report report = Evaluation.run(gazette, List.of(new Topic("long", topic)),
          new Qrels(Map.of("long", Map.of("n001", 1))));
      assertEquals(1, report.queries().size());
    }
  }

  @Test
  void refusesRequestsSortedByDate() {
    try (Gazette gazette = archive(3)) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Evaluation.run(gazette,
          List.of(new Topic("k", "russia")), new Qrels(Map.of("k", Map.of("korea", 1))),
          text -> SearchRequest.builder().query(text).sort(SearchRequest.Sort.NEWEST).build(), 10));
      assertEquals("sort", e.parameter());
    }
  }
}

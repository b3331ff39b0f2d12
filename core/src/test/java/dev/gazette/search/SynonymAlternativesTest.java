package dev.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.GazetteConfig;
import dev.gazette.InvalidRequestException;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.plan.Match.Analysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * A synonym of several words written as its alternatives: searched one by one without synonyms,
 * they are the very query Lucene builds from the synonym graph, so the embedded engine ranks as
 * before and OpenSearch, given the alternatives, ranks alike.
 */
class SynonymAlternativesTest {
  private static final GazetteConfig CONFIG = GazetteConfig.defaults();
  private final Schema schema = new Schema(AnalysisSettings.of(CONFIG), Synonyms.of(CONFIG));
  private final SynonymAlternatives alternatives = new SynonymAlternatives(schema);

  @Test
  void aNameWithAlternativesOfSeveralWordsIsEachAlternativeAsText() {
    assertEquals(List.of("u.s", "u.s.a", "united states", "usa"), alternatives.of("usa", Analysis.ENGLISH_QUERY));
    assertEquals(List.of("u.s", "u.s.a", "usa", "united states of america", "united states"),
        alternatives.of("united states", Analysis.EXACT_QUERY));
    assertEquals(List.of("u.s a america", "u.s.a a america", "usa a america", "united states a america"),
        alternatives.of("united states of america", Analysis.ENGLISH_QUERY),
        "the gap the stop word left stays a gap");
  }

  @Test
  void textWithoutAlternativesOfSeveralWordsHasNone() {
    assertEquals(List.of(), alternatives.of("oil prices", Analysis.ENGLISH_QUERY));
    assertEquals(List.of(), alternatives.of("usa", Analysis.ENGLISH), "the indexing chain has no synonyms");
  }

  @Test
  void aPhraseWhoseAlternativesOutnumberTheClauseBudgetIsRefusedInWords() {
    String twentyTimes = String.join(" ", Collections.nCopies(20, "uk"));
    InvalidRequestException refused = assertThrows(InvalidRequestException.class,
        () -> alternatives.of(twentyTimes, Analysis.EXACT_QUERY));
    assertEquals("q", refused.parameter());
    assertTrue(alternatives.of("uk", Analysis.EXACT_QUERY).size() > 1, "one name keeps its alternatives");
  }

  @Test
  void everyBuiltInSynonymsAlternativesAreTheQueryLuceneBuildsFromItsGraph() throws IOException {
    int expanded = 0;
    for (String name : builtInNames()) {
      for (Analysis analysis : List.of(Analysis.ENGLISH_QUERY, Analysis.EXACT_QUERY)) {
        String field = analysis == Analysis.EXACT_QUERY ? Schema.BODY + Schema.EXACT : Schema.BODY;
        List<String> texts = alternatives.of(name, analysis);
        if (texts.isEmpty()) {
          continue;
        }
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        QueryBuilder indexed = new QueryBuilder(analysis.indexed().of(schema));
        texts.forEach(text -> each.add(indexed.createPhraseQuery(field, text), Occur.SHOULD));
        Query graph = new QueryBuilder(analysis.of(schema)).createPhraseQuery(field, name);
        assertEquals(graph, each.build(), analysis + " " + name);
        expanded++;
      }
    }
    assertTrue(expanded > 20, "names with alternatives of several words: " + expanded);
  }

  /** Every name of every rule of the built-in synonyms. */
  private static List<String> builtInNames() throws IOException {
    try (InputStream in = Synonyms.of(CONFIG).loader().openResource("news-synonyms.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
          .flatMap(line -> Arrays.stream(line.split("=>|,"))).map(String::strip).filter(name -> !name.isEmpty())
          .toList();
    }
  }
}

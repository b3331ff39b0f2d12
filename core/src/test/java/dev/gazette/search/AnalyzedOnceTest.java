package dev.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.GazetteConfig;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * Replaying a text's kept tokens builds the very query Lucene's own query builder builds from the
 * analyzer, in every field and with every slop, whatever shape the analysis takes: one term, a
 * phrase, a gap a stop word left, a synonym of one word or of several (a graph), nothing at all.
 */
class AnalyzedOnceTest {
  private static final GazetteConfig CONFIG = GazetteConfig.defaults();
  private static final List<String> TEXTS = List.of("oil", "oil prices", "bank of japan", "the", "usa",
      "united states trade", "u.s. dollar", "uk britain usa", "Müller's café", "1987", "", "?!", "dprk wheat");
  private static final List<String> FIELDS = List.of(Schema.TITLE, Schema.BODY, Schema.BODY + Schema.EXACT);

  private final Schema schema = new Schema(AnalysisSettings.of(CONFIG), Synonyms.of(CONFIG));

  @Test
  void everyTextGivesLucenesOwnQueryInEveryField() {
    for (Analyzer analyzer : List.of(schema.queryEnglish(), schema.queryExact(), schema.english(), schema.exact())) {
      AnalyzedOnce once = new AnalyzedOnce(analyzer);
      QueryBuilder lucene = new QueryBuilder(analyzer);
      for (int pass = 0; pass < 2; pass++) {
        for (String text : TEXTS) {
          for (String field : FIELDS) {
            for (int slop : new int[] {0, 3}) {
              assertEquals(lucene.createPhraseQuery(field, text, slop), once.createPhraseQuery(field, text, slop),
                  "'" + text + "' in " + field + ", slop " + slop + ", pass " + pass);
            }
          }
        }
      }
    }
  }
}

package dev.gazette.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PhraseCounterTest {
  private static final Analyzer PHRASES = SuggestAnalysis.phrases();

  @AfterAll
  static void close() {
    PHRASES.close();
  }

  @Test
  void countsArticlesNotOccurrencesSkippingStopWordAndNumberEdges() {
    PhraseCounter counter = new PhraseCounter(PHRASES, 1_000);
    counter.addArticle("North Korea's envoy", "Talks of the envoy. North Korea, NORTH KOREA!");
    counter.addArticle(null, "The envoy of North Korea left.");
    counter.addArticle("Zürich's envoy", "1 2 3 days");
    assertEquals(Map.of("envoy", 3L, "korea", 2L, "north", 2L, "north korea", 2L), counts(counter, 2));
    Map<String, Long> all = counts(counter, 1);
    assertEquals(1L, all.get("envoy of north"), "a stop word inside a phrase is kept");
    assertEquals(1L, all.get("zurich envoy"), "accents are folded");
    for (String edge : new String[] {"the envoy", "talks of", "of the", "3 days", "1", "1 2"}) {
      assertFalse(all.containsKey(edge), edge);
    }
  }

  @Test
  void forgettingTheRarestKeepsTheWidespread() {
    PhraseCounter counter = new PhraseCounter(PHRASES, 50);
    for (int i = 0; i < 200; i++) {
      counter.addArticle("Grain exports rise", "Unique" + i + " words" + i + " here" + i + ".");
    }
    assertEquals(Map.of("grain", 200L, "grain exports", 200L, "grain exports rise", 200L, "exports", 200L,
        "exports rise", 200L, "rise", 200L), counts(counter, 2));
  }

  private static Map<String, Long> counts(PhraseCounter counter, int minArticles) {
    Map<String, Long> counts = new TreeMap<>();
    counter.frequent(minArticles).forEach(entry -> counts.put(entry.text(), entry.weight()));
    return counts;
  }
}

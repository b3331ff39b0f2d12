package dev.gazette.suggest;

import static dev.gazette.suggest.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Suggestion;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * A short typed prefix finds titles by one term of the word starts, exactly the titles the words it
 * begins would find; titles written before the starts were indexed are still found.
 */
class TitleStartsTest {
  private static final List<String> TITLES = List.of(
      "Japan's exports rise", "Café culture in Zürich", "U.S.-based banks lend more", "Москва и Берлин",
      "𝐀lpha 𝐁eta funds", "Bank of Japan holds rates", "BANKAMERICA <BAC> SETS 1987 DIVIDEND", "Oil, gold & the dollar",
      "Nobody's fault: a 3-day strike", "Interest-rate futures slip");

  @Test
  void everyShortPrefixFindsExactlyTheTitlesOfTheWordsItBegins() throws IOException {
    try (TestIndex index = new TestIndex(); Analyzer words = SuggestAnalysis.words()) {
      for (int i = 0; i < TITLES.size(); i++) {
        index.add(article("t" + i, TITLES.get(i), "2024-01-" + (10 + i), "Body " + i + "."));
        if (i % 3 == 2) {
          index.flush();
        }
      }
      try (DirectoryReader reader = index.reader()) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<String> prefixes = prefixesOfTitleWords(words);
        for (String prefix : prefixes) {
          Query query = TitleLookup.prefixQuery(reader, prefix);
          if (prefix.codePointCount(0, prefix.length()) <= SuggestAnalysis.MAX_START_CHARS) {
            assertInstanceOf(TermQuery.class, query, prefix);
          }
          assertEquals(ids(searcher, new PrefixQuery(new Term(SuggestFields.TITLES, prefix))), ids(searcher, query), prefix);
        }
        assertTrue(prefixes.containsAll(List.of("j", "ja", "japa", "japan", "zu", "mo", "𝐀", "𝐀lph", "1987", "3")), prefixes.toString());
        assertEquals(Set.of("t0", "t5"), ids(searcher, TitleLookup.prefixQuery(reader, "ja")));
        assertEquals(Set.of(), ids(searcher, TitleLookup.prefixQuery(reader, "jx")));
      }
    }
  }

  @Test
  void titlesWrittenBeforeTheStartsWereIndexedAreStillCompleted() throws IOException {
    try (TestIndex index = new TestIndex(); Autocomplete autocomplete = new Autocomplete()) {
      index.addWithoutTitleStarts(article("old", "Zinc output rises", "1987-03-02", "Zinc."));
      index.flush();
      index.add(article("new", "Zinc smelters strike", "2024-05-06", "Zinc."));
      assertEquals(List.of("new", "old"), titleIds(autocomplete, index, "zi"), "an old segment beside a new one");
      index.forceMerge();
      assertEquals(List.of("new", "old"), titleIds(autocomplete, index, "zi"), "old and new titles merged into one segment");
      try (DirectoryReader reader = index.reader()) {
        assertInstanceOf(PrefixQuery.class, TitleLookup.prefixQuery(reader, "zi"));
      }
      index.add(article("old", "Zinc output rises", "1987-03-02", "Zinc."));
      index.forceMerge();
      try (DirectoryReader reader = index.reader()) {
        assertInstanceOf(TermQuery.class, TitleLookup.prefixQuery(reader, "zi"), "once every title was rewritten");
      }
      assertEquals(List.of("new", "old"), titleIds(autocomplete, index, "zi"));
    }
  }

  @Test
  void aPrefixLongerThanTheStartsIsMatchedByTheWordsItBegins() throws IOException {
    try (TestIndex index = new TestIndex(); Autocomplete autocomplete = new Autocomplete()) {
      index.add(article("a", "International grain talks", "2024-02-01", "Grain."),
          article("b", "Interest rates fall", "2024-03-01", "Rates."),
          article("c", "Internal memo leaks", "2024-04-01", "Memo."));
      assertEquals(List.of("c", "b", "a"), titleIds(autocomplete, index, "inte"));
      assertEquals(List.of("c", "a"), titleIds(autocomplete, index, "intern"));
      assertEquals(List.of("a"), titleIds(autocomplete, index, "internat"));
      try (DirectoryReader reader = index.reader()) {
        assertInstanceOf(PrefixQuery.class, TitleLookup.prefixQuery(reader, "inter"));
      }
    }
  }

  private static List<String> titleIds(Autocomplete autocomplete, TestIndex index, String typed) throws IOException {
    try (DirectoryReader reader = index.reader()) {
      return autocomplete.suggest(new IndexSearcher(reader), typed, 10, null, null).stream()
          .filter(s -> s.kind() == Suggestion.Kind.TITLE).map(Suggestion::articleId).toList();
    }
  }

  private static Set<String> prefixesOfTitleWords(Analyzer words) {
    Set<String> prefixes = new TreeSet<>();
    for (String title : TITLES) {
      List<String> found = new ArrayList<>();
      SuggestAnalysis.eachWord(words, title, (word, start, end) -> found.add(word));
      for (String word : found) {
        for (int length = 1; length <= word.codePointCount(0, word.length()); length++) {
          prefixes.add(word.substring(0, word.offsetByCodePoints(0, length)));
        }
      }
    }
    return prefixes;
  }

  private static Set<String> ids(IndexSearcher searcher, Query query) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(Schema.ID));
    }
    return ids;
  }
}

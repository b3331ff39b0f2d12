package dev.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Near misses and spelling candidates found with shared automata are exactly Lucene's: the same
 * expansions, scores and suggestions as {@link FuzzyQuery} and {@link DirectSpellChecker} on an
 * index of several segments whose words lie an edit or two apart, however often the automata are
 * reused across fields and searches.
 */
class FuzzyAutomataTest {
  private static final List<String> FIELDS = List.of(Spelling.TITLE_FIELD, Spelling.FIELD);
  private static final String LETTERS = "abeilnorst";
  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;
  private static List<String> words;

  @BeforeAll
  static void index() throws IOException {
    Random random = new Random(20);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      vocabulary.add(word(random, 4 + random.nextInt(8)));
    }
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int doc = 0; doc < 1_500; doc++) {
        Document document = new Document();
        for (String field : FIELDS) {
          StringBuilder text = new StringBuilder();
          for (int w = 0; w < 6; w++) {
            text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
          }
          document.add(new TextField(field, text.toString(), Field.Store.NO));
        }
        writer.addDocument(document);
        if (doc % 500 == 499) {
          writer.commit();
        }
      }
    }
    reader = DirectoryReader.open(directory);
    words = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String known = vocabulary.get(random.nextInt(vocabulary.size()));
      int at = random.nextInt(known.length());
      words.add(i % 3 == 0 ? known : known.substring(0, at) + LETTERS.charAt(random.nextInt(LETTERS.length()))
          + known.substring(Math.min(known.length(), at + 1 + random.nextInt(2))));
    }
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static String word(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }

  @Test
  void scoredNearMissesRewriteToLucenesTermsAndScores() throws IOException {
    FuzzyAutomata automata = new FuzzyAutomata();
    IndexSearcher searcher = new IndexSearcher(reader);
    for (int pass = 0; pass < 2; pass++) {
      for (String word : words) {
        for (String field : FIELDS) {
          Term term = new Term(field, word);
          int edits = word.length() >= 9 ? 2 : 1;
          for (int maxTerms : new int[] {50, 8}) {
            var rewrite = new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(maxTerms);
            Query lucene = new FuzzyQuery(term, edits, 1, 50, true, rewrite);
            Query shared = automata.query(term, edits, 1, 50, true, rewrite);
            assertEquals(searcher.rewrite(lucene).toString(), searcher.rewrite(shared).toString(), word);
            assertSameHits(searcher.search(lucene, 20), searcher.search(shared, 20), word);
          }
          Query lucene = new FuzzyQuery(term, edits, 1, 50, true, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
          Query shared = automata.query(term, edits, 1, 50, true, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
          assertSameHits(searcher.search(lucene, 20), searcher.search(shared, 20), word);
        }
      }
    }
    assertTrue(automata.size() > 0, "the automata Lucene built were found and shared");
  }

  @Test
  void spellingSuggestsWhatLucenesCheckerSuggests() throws IOException {
    FuzzyAutomata automata = new FuzzyAutomata();
    DirectSpellChecker lucene = new DirectSpellChecker();
    DirectSpellChecker shared = new SharedAutomataSpellChecker(automata);
    for (String word : words) {
      // First the typo retry's near misses of the word, whose automata the checker then reuses.
      new IndexSearcher(reader).count(automata.query(new Term(Spelling.TITLE_FIELD, word), word.length() >= 9 ? 2 : 1, 1,
          50, true, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE));
      for (int suggestions : new int[] {1, 5}) {
        for (SuggestMode mode : new SuggestMode[] {SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, SuggestMode.SUGGEST_ALWAYS}) {
          Term term = new Term(Spelling.FIELD, word);
          assertEquals(describe(lucene.suggestSimilar(term, suggestions, reader, mode)),
              describe(shared.suggestSimilar(term, suggestions, reader, mode)), word);
        }
      }
    }
    assertTrue(automata.size() > 0, "the spell checker's automata were found and shared");
  }

  @Test
  void closestWordIsLucenesBestSuggestion() throws IOException {
    Spelling spelling = new Spelling(new FuzzyAutomata());
    DirectSpellChecker lucene = new DirectSpellChecker();
    DirectSpellChecker oneEdit = new DirectSpellChecker();
    oneEdit.setMaxEdits(1);
    int atOneEdit = 0;
    int atTwoEdits = 0;
    for (String word : words) {
      Term term = new Term(Spelling.FIELD, word);
      SuggestWord[] best = lucene.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      assertEquals(Arrays.stream(best).map(s -> s.string).findFirst(), spelling.closest(reader, word, 2), word);
      SuggestWord[] near = oneEdit.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      assertEquals(Arrays.stream(near).map(s -> s.string).findFirst(), spelling.closest(reader, word, 1), word);
      if (best.length > 0) {
        if (near.length > 0) {
          atOneEdit++;
        } else {
          atTwoEdits++;
        }
      }
    }
    assertTrue(atOneEdit > 0 && atTwoEdits > 0, "corrections one and two edits away: " + atOneEdit + ", " + atTwoEdits);
  }

  @Test
  void keepsNoMoreThanItsBudget() throws IOException {
    long budget = 100_000;
    FuzzyAutomata automata = new FuzzyAutomata(budget);
    IndexSearcher searcher = new IndexSearcher(reader);
    Random random = new Random(7);
    for (int i = 0; i < 50; i++) {
      searcher.count(automata.query(new Term(Spelling.FIELD, word(random, 7)), 1, 1, 50, true,
          MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE));
      assertTrue(automata.keptBytes() <= budget, "kept " + automata.keptBytes() + " bytes");
    }
    // A seven-letter word one edit deep weighs about 15 KB: six fit in 100 KB.
    assertEquals(6, automata.size());
  }

  @Test
  void wordsOfOtherScriptsWeighMoreAsTheirAutomataDo() throws IOException {
    FuzzyAutomata automata = new FuzzyAutomata(100_000);
    IndexSearcher searcher = new IndexSearcher(reader);
    Random random = new Random(11);
    for (int i = 0; i < 20; i++) {
      String cyrillic = word(random, 7).chars().mapToObj(c -> Character.toString(c - 'a' + 'а'))
          .collect(Collectors.joining());
      searcher.count(automata.query(new Term(Spelling.FIELD, cyrillic), 1, 1, 50, true,
          MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE));
    }
    // Two-byte letters make automata up to three times bigger: two such words fit in 100 KB, not six.
    assertEquals(2, automata.size());
  }

  private static void assertSameHits(TopDocs expected, TopDocs actual, String word) {
    assertEquals(expected.totalHits, actual.totalHits, word);
    assertEquals(Arrays.stream(expected.scoreDocs).map(FuzzyAutomataTest::describe).toList(),
        Arrays.stream(actual.scoreDocs).map(FuzzyAutomataTest::describe).toList(), word);
  }

  private static String describe(ScoreDoc hit) {
    return hit.doc + ":" + hit.score;
  }

  private static List<String> describe(SuggestWord[] suggestions) {
    return Arrays.stream(suggestions).map(s -> s.string + ":" + s.score + ":" + s.freq).toList();
  }
}

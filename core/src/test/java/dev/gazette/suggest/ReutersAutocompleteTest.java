package dev.gazette.suggest;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.Suggestion.Kind;
import dev.gazette.Suggestion;
import dev.gazette.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Autocomplete over all 21,578 Reuters articles gives sensible completions; warm-up time and latency are printed, not asserted. */
class ReutersAutocompleteTest {
  static TestIndex index;
  static DirectoryReader reader;
  static IndexSearcher searcher;
  static Autocomplete autocomplete;

  @BeforeAll
  static void build() throws IOException {
    var corpus = TestData.sharedData("reuters21578/reuters21578.jsonl.gz");
    index = new TestIndex();
    ArticleReader.of(corpus).read(ReutersAutocompleteTest::add);
    reader = index.reader();
    searcher = new IndexSearcher(reader);
    autocomplete = new Autocomplete();
    long started = System.nanoTime();
    autocomplete.warm(reader);
    System.out.printf(Locale.ROOT, "autocomplete warm-up over %d Reuters articles in %d segments: %d ms%n",
        reader.numDocs(), reader.leaves().size(), (System.nanoTime() - started) / 1_000_000);
  }

  @AfterAll
  static void close() throws IOException {
    if (autocomplete != null) {
      autocomplete.close();
      reader.close();
      index.close();
    }
  }

  @Test
  void typingNorthKoreaCompletesToThePhraseAndToTitles() throws IOException {
    List<Suggestion> found = autocomplete.suggest(searcher, "north k", 10, "<b>", "</b>");
    assertEquals(new Suggestion("north korea", "<b>north korea</b>", Kind.PHRASE, null), found.get(0));
    assertTrue(found.stream().anyMatch(s -> s.kind() == Kind.TITLE && s.text().startsWith("NORTH KOREA")), found.toString());
    assertTrue(found.stream().allMatch(s -> s.highlighted().toLowerCase(Locale.ROOT).contains("<b>north kore")), found.toString());
  }

  @Test
  void everyKeystrokeOfCommonQueriesGivesCompletionsQuickly() throws IOException {
    List<String> queries = List.of("north korea", "opec oil", "trade deficit", "bank of england",
        "coffee prices", "grain exports", "interest rates", "japan", "brazil debt", "money supply");
    long lookups = 0;
    long slowest = 0;
    long started = System.nanoTime();
    for (int round = 0; round < 5; round++) {
      for (String query : queries) {
        for (int typed = 1; typed <= query.length(); typed++) {
          long start = System.nanoTime();
          List<Suggestion> found = autocomplete.suggest(searcher, query.substring(0, typed), 10, null, null);
          slowest = Math.max(slowest, System.nanoTime() - start);
          lookups++;
          assertTrue(found.size() <= 10);
          if (typed == query.length()) {
            assertTrue(!found.isEmpty(), query);
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "autocomplete lookups: %d, mean %.2f ms, slowest %.2f ms%n",
        lookups, (System.nanoTime() - started) / 1e6 / lookups, slowest / 1e6);
  }

  private static void add(Article article) {
    try {
      index.add(article);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

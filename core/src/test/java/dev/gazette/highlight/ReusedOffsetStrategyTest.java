package dev.gazette.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchResult.Snippets;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gazette's snippets mark what Lucene's unified highlighter in weight-matches mode marks, with the
 * same passages, though Gazette builds what finds a hit's matches once per segment and, for a query
 * of words only, reads each word's postings forward hit by hit: checked against Lucene's own
 * strategy (a new weight per hit) on an index of several segments, for queries of words in every
 * disjunction shape, repeated words, words missing from some segments, and queries that are not
 * words only.
 */
class ReusedOffsetStrategyTest {
  private static final String[] VOCABULARY = {"oil", "wheat", "bank", "rates", "prices", "crude", "export", "tonnes",
      "dollar", "shares", "profit", "cocoa", "sugar", "coffee", "gold", "yen", "debt", "loan", "strike", "port"};
  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher indexSearcher;
  private static Analyzer analyzer;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    analyzer = new StandardAnalyzer();
    FieldType withOffsets = new FieldType();
    withOffsets.setTokenized(true);
    withOffsets.setStored(true);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.freeze();
    Random random = new Random(20261208L);
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      Document oneRareWord = new Document();
      oneRareWord.add(new Field(Schema.TITLE, "gold and cocoa", withOffsets));
      String filler = " markets traded quietly through a long session as dealers waited for news from the ministry and"
          + " the central bank about the week ahead";
      oneRareWord.add(new Field(Schema.BODY, ("Gold" + filler + ". ").repeat(8) + "Cocoa" + filler + ".", withOffsets));
      writer.addDocument(oneRareWord);
      for (int doc = 1; doc < 600; doc++) {
        Document document = new Document();
        document.add(new Field(Schema.TITLE, sentence(random, 3 + random.nextInt(6)), withOffsets));
        StringBuilder body = new StringBuilder();
        int sentences = random.nextInt(25);
        for (int s = 0; s < sentences; s++) {
          body.append(sentence(random, 4 + random.nextInt(20))).append(". ");
        }
        document.add(new Field(Schema.BODY, body.toString(), withOffsets));
        writer.addDocument(document);
        if (doc % 150 == 149) {
          writer.commit();
        }
      }
    }
    reader = DirectoryReader.open(directory);
    indexSearcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void theIndexHasSeveralSegments() {
    assertTrue(reader.leaves().size() >= 4);
  }

  @Test
  void queriesOfWordsMarkWhatWeightMatchesMark() throws IOException {
    Random random = new Random(7);
    for (int q = 0; q < 300; q++) {
      assertSameSnippets(randomWords(random, 1 + random.nextInt(4)));
    }
  }

  @Test
  void aWordNamedTwiceIsMarkedAsWeightMatchesMarkIt() throws IOException {
    Query oil = new TermQuery(new Term(Schema.BODY, "oil"));
    assertSameSnippets(new DisjunctionMaxQuery(List.of(oil, oil, new TermQuery(new Term(Schema.TITLE, "oil"))), 0.1f));
    assertSameSnippets(new BooleanQuery.Builder().add(oil, Occur.SHOULD)
        .add(new DisjunctionMaxQuery(List.of(oil, new TermQuery(new Term(Schema.BODY, "crude"))), 0f), Occur.SHOULD)
        .build());
  }

  @Test
  void aWordCountsOnceAPassageWhateverItsFrequencyInTheHit() throws IOException {
    Query goldOrCocoa = new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.BODY, "gold")), Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.BODY, "cocoa")), Occur.SHOULD).build();
    assertSameSnippets(goldOrCocoa, new int[] {0});
  }

  @Test
  void wordsNoSegmentHoldsMarkNothing() throws IOException {
    assertSameSnippets(new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.BODY, "absent")), Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.BODY, "yen")), Occur.SHOULD).build(), ids(new TermQuery(new Term(Schema.BODY, "yen"))));
  }

  @Test
  void queriesThatAreNotWordsOnlyMarkWhatWeightMatchesMark() throws IOException {
    Query phrase = new PhraseQuery(Schema.BODY, "crude", "oil");
    assertSameSnippets(new BooleanQuery.Builder().add(phrase, Occur.SHOULD)
        .add(new TermQuery(new Term(Schema.TITLE, "oil")), Occur.SHOULD).build());
    assertSameSnippets(new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.BODY, "oil")), Occur.MUST)
        .add(new TermQuery(new Term(Schema.BODY, "prices")), Occur.MUST).build());
  }

  @Test
  void aHitAskedForTwiceIsMarkedBothTimes() throws IOException {
    Query query = randomWords(new Random(11), 3);
    int[] ids = ids(query);
    int[] twice = {ids[0], ids[1], ids[0], ids[0]};
    assertSameSnippets(query, twice);
  }

  @Test
  void wordsOnlyTellsDisjunctionsOfWordsFromOtherQueries() {
    Query oil = new TermQuery(new Term(Schema.BODY, "oil"));
    Query crude = new BoostQuery(new TermQuery(new Term(Schema.TITLE, "crude")), 2f);
    assertEquals(List.of(new Term(Schema.BODY, "oil"), new Term(Schema.TITLE, "crude"), new Term(Schema.BODY, "oil")),
        FieldQueries.wordsOnly(new BooleanQuery.Builder().add(oil, Occur.SHOULD)
            .add(new DisjunctionMaxQuery(List.of(crude, oil), 0f), Occur.SHOULD).build()));
    assertEquals(null, FieldQueries.wordsOnly(new BooleanQuery.Builder().add(oil, Occur.MUST).build()));
    assertEquals(null, FieldQueries.wordsOnly(new PhraseQuery(Schema.BODY, "crude", "oil")));
  }

  private static void assertSameSnippets(Query query) throws IOException {
    assertSameSnippets(query, ids(query));
  }

  private static void assertSameSnippets(Query query, int[] ids) throws IOException {
    SnippetHighlighter gazette = new SnippetHighlighter(indexSearcher, analyzer, "<b>", "</b>");
    Snippets[] marked = gazette.snippets(query, ids);
    Map<String, Object[]> expected = new LuceneWeightMatches(gazette).marks(indexSearcher.rewrite(query), ids);
    for (int i = 0; i < ids.length; i++) {
      @SuppressWarnings("unchecked")
      List<String> title = (List<String>) expected.get(Schema.TITLE)[i];
      @SuppressWarnings("unchecked")
      List<String> body = (List<String>) expected.get(Schema.BODY)[i];
      String context = query + " in document " + ids[i];
      assertEquals(title == null || title.isEmpty() ? "" : title.get(0), marked[i].title(), context);
      assertEquals(body == null ? List.of() : body, marked[i].body(), context);
    }
  }

  /** The top twenty hits of {@code query}, in rank order (the highlighter sorts them itself). */
  private static int[] ids(Query query) throws IOException {
    ScoreDoc[] hits = indexSearcher.search(query, 20).scoreDocs;
    assertTrue(hits.length > 1, () -> query + " finds " + hits.length + " hits");
    return Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
  }

  /** A search's highlight shape: each word over the title and the body, in a dis-max, boosted or not. */
  private static Query randomWords(Random random, int count) {
    List<Query> clauses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
      Query title = new TermQuery(new Term(Schema.TITLE, word));
      Query body = new TermQuery(new Term(Schema.BODY, word));
      clauses.add(switch (random.nextInt(3)) {
        case 0 -> new DisjunctionMaxQuery(List.of(new BoostQuery(title, 2f), body), 0.1f);
        case 1 -> new BooleanQuery.Builder().add(title, Occur.SHOULD).add(body, Occur.SHOULD).build();
        default -> body;
      });
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    clauses.forEach(clause -> query.add(clause, Occur.SHOULD));
    return query.build();
  }

  private static String sentence(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : random.nextInt(9) == 0 ? ", " : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return text.toString();
  }

  /**
   * Lucene's unified highlighter as it comes (weight matches, a new weight and postings per hit),
   * with Gazette's passages, scores and formatting.
   */
  private static final class LuceneWeightMatches extends UnifiedHighlighter {
    private final SnippetHighlighter gazette;

    LuceneWeightMatches(SnippetHighlighter gazette) {
      super(UnifiedHighlighter.builder(indexSearcher, analyzer).withMaxLength(Integer.MAX_VALUE - 1));
      this.gazette = gazette;
    }

    Map<String, Object[]> marks(Query query, int[] ids) throws IOException {
      return highlightFieldsAsObjects(new String[] {Schema.TITLE, Schema.BODY}, query, ids,
          new int[] {1, SnippetHighlighter.MAX_BODY_PASSAGES});
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      return gazette.getBreakIterator(field);
    }

    @Override
    protected PassageScorer getScorer(String field) {
      return gazette.getScorer(field);
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
      return gazette.getFormatter(field);
    }

    @Override
    protected int getMaxNoHighlightPassages(String field) {
      return gazette.getMaxNoHighlightPassages(field);
    }
  }
}

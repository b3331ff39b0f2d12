package dev.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A near miss searched again on the same reader is not rewritten again, and its kept rewrite is
 * Lucene's; a new reader rewrites it afresh and sees the new words; a closed reader's rewrites are
 * dropped, and the kept rewrites never weigh more than the budget.
 */
class NearMissRewritesTest {
  private static final String FIELD = "body";

  @Test
  void theSameWordOnTheSameReaderIsRewrittenOnceAndANewReaderSeesNewWords() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      add(writer, "wheat harvest");
      AtomicInteger rewritten = new AtomicInteger();
      NearMissRewrites rewrites = new NearMissRewrites(1 << 20);
      MultiTermQuery.RewriteMethod counted = counting(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(50), rewritten);
      Query wheet = new FuzzyQuery(new Term(FIELD, "wheet"), 1, 1, 50, true, rewrites.keeping(counted));
      Query lucene = new FuzzyQuery(new Term(FIELD, "wheet"), 1, 1, 50, true,
          new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(50));

      DirectoryReader first = DirectoryReader.open(writer);
      IndexSearcher searcher = new IndexSearcher(first);
      Query once = searcher.rewrite(wheet);
      assertEquals(once.toString(), searcher.rewrite(wheet).toString());
      assertEquals(1, rewritten.get(), "rewritten once, then kept");
      assertEquals(searcher.rewrite(lucene).toString(), once.toString());
      assertEquals(1, searcher.count(wheet));

      add(writer, "wheel sheet");
      DirectoryReader second = DirectoryReader.open(writer);
      IndexSearcher newer = new IndexSearcher(second);
      Query afresh = newer.rewrite(wheet);
      assertEquals(2, rewritten.get());
      assertEquals(newer.rewrite(lucene).toString(), afresh.toString());
      assertEquals(2, newer.count(wheet), "wheat, and now wheel, one edit away");
      assertEquals(2, rewrites.size());

      first.close();
      assertEquals(1, rewrites.size(), "the closed reader's rewrite is dropped");
      second.close();
      assertEquals(0, rewrites.size());
    }
  }

  @Test
  void keptRewritesStayWithinTheBudget() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      StringBuilder text = new StringBuilder();
      for (char c = 'a'; c <= 'z'; c++) {
        text.append(" w").append(c).append("ord");
      }
      add(writer, text.toString());
      NearMissRewrites rewrites = new NearMissRewrites(40_000);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (char c = 'a'; c <= 'z'; c++) {
          Query query = new FuzzyQuery(new Term(FIELD, "w" + c + "ord"), 1, 1, 50, true,
              rewrites.keeping(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(50)));
          searcher.rewrite(query);
        }
        assertTrue(rewrites.size() >= 1 && rewrites.size() < 26, rewrites.size() + " rewrites kept");
      }
    }
  }

  private static void add(IndexWriter writer, String text) throws IOException {
    Document document = new Document();
    document.add(new TextField(FIELD, text, Field.Store.NO));
    writer.addDocument(document);
    writer.commit();
  }

  private static MultiTermQuery.RewriteMethod counting(MultiTermQuery.RewriteMethod rewrite, AtomicInteger calls) {
    return new MultiTermQuery.RewriteMethod() {
      @Override
      public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
        calls.incrementAndGet();
        return rewrite.rewrite(searcher, query);
      }
    };
  }
}

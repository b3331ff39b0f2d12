package dev.gazette.search;

import dev.gazette.analysis.Schema;
import dev.gazette.vector.StoredVectors;
import dev.gazette.vector.NearestArticles;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Articles like a given one, the article itself left out: the nearest by meaning when it has its
 * vector (judged better than words on a sample of Reuters, docs/relevance.md), else Lucene's
 * MoreLikeThis over its title and body's most distinctive words.
 */
final class RelatedArticles {
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MIN_DOC_FREQ = 2;

  private RelatedArticles() {}

  /** The query for the {@code size} articles most like document {@code doc} (whose id is {@code id}). */
  static Query like(IndexSearcher searcher, Schema schema, int doc, String id, int size) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Optional<float[]> vector = StoredVectors.vector(leaf.reader(), doc - leaf.docBase);
    Query notItself = new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
        .build();
    if (vector.isPresent()) {
      return new NearestArticles(vector.get(), size, notItself);
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(schema.english());
    mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    return new BooleanQuery.Builder().add(mlt.like(doc), Occur.MUST).add(notItself, Occur.FILTER).build();
  }
}

package dev.gazette.search;

import dev.gazette.analysis.Schema;
import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Articles like a given one: Lucene's MoreLikeThis over title and body, the article itself left out. */
final class RelatedArticles {
  private static final int MAX_QUERY_TERMS = 25;
  private static final int MIN_DOC_FREQ = 2;

  private RelatedArticles() {}

  /** The query for articles like document {@code doc} (whose id is {@code id}). */
  static Query like(IndexSearcher searcher, Schema schema, int doc, String id) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(schema.english());
    mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    return new BooleanQuery.Builder()
        .add(mlt.like(doc), Occur.MUST)
        .add(new TermQuery(new Term(Schema.ID, id)), Occur.MUST_NOT)
        .build();
  }
}

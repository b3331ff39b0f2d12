package dev.gazette.search;

import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A freshness multiplier for relevance scores: {@code 1 + 0.5^(age / halfLife)}, where age is
 * counted back from the newest article in the index (so an archive of 1987 news is ranked as of
 * 1987). Between 1 and 2, so text relevance stays dominant; articles without a date get 1.
 */
final class RecencyBoost extends DoubleValuesSource {
  private final long newestMillis;
  private final double halfLifeMillis;

  private RecencyBoost(long newestMillis, double halfLifeMillis) {
    this.newestMillis = newestMillis;
    this.halfLifeMillis = halfLifeMillis;
  }

  /** {@code query} with its scores multiplied by freshness, or {@code query} itself if no article has a date. */
  static Query apply(Query query, IndexReader reader, double halfLifeDays) throws IOException {
    byte[] max = PointValues.getMaxPackedValue(reader, Schema.PUBLISHED);
    if (max == null) {
      return query;
    }
    long newest = LongPoint.decodeDimension(max, 0);
    return FunctionScoreQuery.boostByValue(query, new RecencyBoost(newest, halfLifeDays * 86_400_000d));
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues published = DocValues.getNumeric(ctx.reader(), Schema.PUBLISHED);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = 1;
        if (published.advanceExact(doc)) {
          double age = Math.max(0, newestMillis - published.longValue());
          value += Math.pow(0.5, age / halfLifeMillis);
        }
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, Schema.PUBLISHED);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecencyBoost boost
        && boost.newestMillis == newestMillis && boost.halfLifeMillis == halfLifeMillis;
  }

  @Override
  public int hashCode() {
    return Objects.hash(newestMillis, halfLifeMillis);
  }

  @Override
  public String toString() {
    return "recency(newest=" + newestMillis + ", halfLifeMs=" + halfLifeMillis + ")";
  }
}

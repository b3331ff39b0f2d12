package dev.gazette.vector;

import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * The articles nearest a vector, as a query matching exactly them, scored by similarity: the one way
 * Gazette asks the HNSW graph, for hybrid search and for related articles alike.
 *
 * <p>The graph is searched for {@value #WIDENING} times as many articles as are kept, then the
 * nearest are kept. A graph search finds its {@code k} candidates greedily, and a query far from
 * every article (a subject the archive never covered) lies in a flat band of similarities where a
 * narrow search misses some of the true nearest; a wider search finds them (recall@10 against exact
 * search on Reuters-21578 rose from 0.82 asking for 100 to 0.96 asking for 400 and keeping 100, see
 * docs/benchmarks.md), at a fraction of a millisecond more.
 */
public final class NearestArticles extends KnnFloatVectorQuery {
  /** How many times more candidates the graph is asked for than are kept. */
  public static final int WIDENING = 4;

  private final int keep;

  /**
   * The {@code keep} articles nearest {@code vector} among those {@code filter} matches ({@code
   * null}: all).
   */
  public NearestArticles(float[] vector, int keep, Query filter) {
    super(VectorFields.VECTOR, vector, keep * WIDENING, filter);
    this.keep = keep;
  }

  @Override
  protected TopDocs mergeLeafResults(TopDocs[] perLeafResults) {
    return TopDocs.merge(keep, perLeafResults);
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && keep == ((NearestArticles) other).keep;
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + keep;
  }

  @Override
  public String toString(String field) {
    return "nearest " + keep + " of " + super.toString(field);
  }
}

package dev.gazette.vector;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;

/** How many live articles of an index have their vector, counted once per reader rather than per search. */
public final class VectorCounts {
  private record Counted(IndexReader reader, long count) {}

  private volatile Counted last;

  /** The live articles of {@code searcher}'s index that have a vector. */
  public long of(IndexSearcher searcher) throws IOException {
    Counted known = last;
    IndexReader reader = searcher.getIndexReader();
    if (known != null && known.reader() == reader) {
      return known.count();
    }
    long count = searcher.count(new FieldExistsQuery(VectorFields.VECTOR));
    last = new Counted(reader, count);
    return count;
  }
}

package dev.gazette.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The words near-miss queries were rewritten to, kept per index reader, so that the same word
 * searched again on the same reader (at the next key typed, on the next page, the highlighter's
 * rewrite of the search that found it) is not looked for in the term dictionaries again. Once a
 * word's automata are built ({@link FuzzyAutomata}), intersecting them with every segment's term
 * dictionary is most of what a near miss costs.
 *
 * <p>A rewrite is Lucene's own, made once: its words with their statistics on that reader, which
 * is why it is kept for that reader only and dropped when the reader closes (a write, once
 * searched, opens a new reader). At most {@link #DEFAULT_BUDGET} bytes are kept, each rewrite
 * weighed by an upper bound of its size, the least recently used dropped first.
 */
final class NearMissRewrites {
  /** The most memory kept rewrites may take: 8 MB, or a 64th of the heap when that is less. */
  static final long DEFAULT_BUDGET = Math.min(8L << 20, Runtime.getRuntime().maxMemory() / 64);

  private record Key(Object reader, MultiTermQuery query) {}

  private final WeighedLru<Key, Query> kept;
  /** The readers whose closing drops their rewrites; guarded by itself. */
  private final Set<Object> watched = new HashSet<>();

  /** Rewrites kept up to {@code budget} bytes. */
  NearMissRewrites(long budget) {
    this.kept = new WeighedLru<>(budget);
  }

  /** {@code rewrite}, its rewrites kept here. */
  MultiTermQuery.RewriteMethod keeping(MultiTermQuery.RewriteMethod rewrite) {
    return new Keeping(rewrite);
  }

  /** How many rewrites are kept now. */
  int size() {
    return kept.size();
  }

  private Query rewrite(IndexSearcher searcher, MultiTermQuery query, MultiTermQuery.RewriteMethod rewrite)
      throws IOException {
    IndexReader.CacheHelper reader = searcher.getIndexReader().getReaderCacheHelper();
    if (reader == null) {
      return rewrite.rewrite(searcher, query);
    }
    Key key = new Key(reader.getKey(), query);
    Query known = kept.get(key);
    if (known != null) {
      return known;
    }
    Query rewritten = rewrite.rewrite(searcher, query);
    kept.put(key, rewritten, weight(rewritten, searcher.getIndexReader().leaves().size()));
    watch(reader);
    return rewritten;
  }

  /** Drops the rewrites on {@code reader} when it closes; the listener is added once per reader. */
  private void watch(IndexReader.CacheHelper reader) {
    boolean first;
    synchronized (watched) {
      first = watched.add(reader.getKey());
    }
    if (first) {
      reader.addClosedListener(this::forget);
    }
  }

  private void forget(Object reader) {
    synchronized (watched) {
      watched.remove(reader);
    }
    kept.removeKeys(key -> key.reader() == reader);
  }

  /** An upper bound of the bytes of {@code rewritten}: per word its query, term and a state per segment. */
  private static long weight(Query rewritten, int segments) {
    long[] bytes = {512};
    rewritten.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term term : terms) {
          bytes[0] += 256 + term.bytes().length + 96L * segments;
        }
      }
    });
    return bytes[0];
  }

  /** A rewrite method whose rewrites are kept; equal to another keeping an equal method. */
  private final class Keeping extends MultiTermQuery.RewriteMethod {
    private final MultiTermQuery.RewriteMethod rewrite;

    Keeping(MultiTermQuery.RewriteMethod rewrite) {
      this.rewrite = rewrite;
    }

    @Override
    public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
      return NearMissRewrites.this.rewrite(searcher, query, rewrite);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Keeping keeping && keeping.rewrite.equals(rewrite);
    }

    @Override
    public int hashCode() {
      return 31 * rewrite.hashCode() + 7;
    }
  }
}

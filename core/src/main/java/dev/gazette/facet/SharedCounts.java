package dev.gazette.facet;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Facet counts kept for many requests and read by one thread at a time: Lucene's counts look their
 * labels up in the index's doc values through one iterator, which two threads must not share (they
 * would decode each other's compressed blocks).
 */
final class SharedCounts extends Facets {
  private final Facets counts;

  SharedCounts(Facets counts) {
    this.counts = counts;
  }

  @Override
  public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
    return counts.getAllChildren(dim, path);
  }

  @Override
  public synchronized FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    return counts.getTopChildren(topN, dim, path);
  }

  @Override
  public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
    return counts.getSpecificValue(dim, path);
  }

  @Override
  public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
    return counts.getAllDims(topN);
  }

  @Override
  public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren) throws IOException {
    return counts.getTopDims(topNDims, topNChildren);
  }
}

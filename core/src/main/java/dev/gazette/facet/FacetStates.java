package dev.gazette.facet;

import java.io.IOException;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinal state of the current reader, built once per reader rather than per search
 * (building it costs a pass over every facet value), and the counts over the whole index that
 * {@code /api/stats} and facet value lookups show, counted once per reader too: they change only
 * when a refresh brings a new reader, so polling them costs nothing between refreshes.
 */
public final class FacetStates {
  private final FacetsConfig config;
  private IndexReader reader;
  private SortedSetDocValuesReaderState state;
  private volatile Counted counted;

  /** The counts of every article of the reader whose state is {@code state}. */
  private record Counted(SortedSetDocValuesReaderState state, Facets counts) {}

  /** States for indexes faceted by {@code config}. */
  public FacetStates(FacetsConfig config) {
    this.config = config;
  }

  /** The state of {@code current}, or {@code null} when no article in it has a facet. */
  public synchronized SortedSetDocValuesReaderState of(IndexReader current) throws IOException {
    if (current != reader) {
      String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
      boolean hasFacets = FieldInfos.getMergedFieldInfos(current).fieldInfo(field) != null;
      state = hasFacets ? new DefaultSortedSetDocValuesReaderState(current, field, config) : null;
      reader = current;
    }
    return state;
  }

  /**
   * The count of every facet value over all of {@code current}'s articles, or {@code null} when no
   * article in it has a facet. Counted outside the lock, so searches never wait for it; read by one
   * thread at a time ({@link SharedCounts}), as the doc values behind its labels must be.
   */
  public Facets wholeIndex(IndexReader current) throws IOException {
    SortedSetDocValuesReaderState now = of(current);
    if (now == null) {
      return null;
    }
    Counted known = counted;
    if (known != null && known.state() == now) {
      return known.counts();
    }
    Facets counts = new SharedCounts(new SortedSetDocValuesFacetCounts(now));
    counted = new Counted(now, counts);
    return counts;
  }
}

package dev.gazette.facet;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinal state of the current reader, built once per reader rather than per search
 * (building it costs a pass over every facet value).
 */
public final class FacetStates {
  private final FacetsConfig config;
  private IndexReader reader;
  private SortedSetDocValuesReaderState state;

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
}

package dev.gazette.search;

import dev.gazette.facet.FacetCounter;
import java.util.Collections;
import java.util.Set;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * The facet dimensions of an index, read once per facet state rather than once per search: the
 * state changes only when the index does. Safe to share between threads.
 */
final class DimensionNames {
  private volatile Known known;

  /** The dimensions of one facet state. */
  private record Known(SortedSetDocValuesReaderState state, Set<String> names) {}

  /** The dimensions of {@code state}, built-in ones included. */
  Set<String> of(SortedSetDocValuesReaderState state) {
    Known last = known;
    if (last != null && last.state() == state) {
      return last.names();
    }
    Known read = new Known(state, Collections.unmodifiableSet(FacetCounter.dimensions(state)));
    known = read;
    return read.names();
  }
}

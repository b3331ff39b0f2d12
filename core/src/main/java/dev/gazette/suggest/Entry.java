package dev.gazette.suggest;

import java.util.Iterator;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.util.BytesRef;

/**
 * One entry a suggester is built from.
 *
 * @param text the text to complete to
 * @param weight the rank: higher comes first
 * @param payload what to hand back with it (an article id), or {@code null}
 */
record Entry(String text, long weight, String payload) {

  /** {@code entries} as the input Lucene's suggesters build from, with their payloads if {@code payloads}. */
  static InputIterator input(Iterable<Entry> entries, boolean payloads) {
    Iterator<Entry> next = entries.iterator();
    return new InputIterator() {
      private Entry current;

      @Override
      public BytesRef next() {
        current = next.hasNext() ? next.next() : null;
        return current == null ? null : new BytesRef(current.text());
      }

      @Override
      public long weight() {
        return current.weight();
      }

      @Override
      public BytesRef payload() {
        return payloads ? new BytesRef(current.payload()) : null;
      }

      @Override
      public boolean hasPayloads() {
        return payloads;
      }

      @Override
      public Set<BytesRef> contexts() {
        return null;
      }

      @Override
      public boolean hasContexts() {
        return false;
      }
    };
  }
}

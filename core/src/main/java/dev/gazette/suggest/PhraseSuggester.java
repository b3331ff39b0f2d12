package dev.gazette.suggest;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Folded phrases starting with what was typed, the most widespread first: Lucene's weighted FST
 * completion over the phrases' folded text, an exact match ahead of longer ones.
 */
final class PhraseSuggester {
  private final WFSTCompletionLookup lookup;

  /** The phrases in {@code entries} (folded text, number of articles). */
  PhraseSuggester(Iterable<Entry> entries) throws IOException {
    try (ByteBuffersDirectory sortSpace = new ByteBuffersDirectory()) {
      lookup = new WFSTCompletionLookup(sortSpace, "phrases", true);
      lookup.build(Entry.input(entries, false));
    }
  }

  /** Up to {@code limit} phrases completing {@code typed}. */
  List<LookupResult> lookup(TypedPrefix typed, int limit) {
    return lookup.lookup(typed.phraseStart(), null, false, limit);
  }
}

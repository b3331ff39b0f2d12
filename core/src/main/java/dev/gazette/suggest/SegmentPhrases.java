package dev.gazette.suggest;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The phrases of one segment, most widespread first: Lucene's weighted FST completion over the
 * terms of its {@value SuggestFields#PHRASES} field, each weighted by its document frequency in the
 * segment. Built once per segment from its terms dictionary (no article is read or analyzed again),
 * it stays valid as long as the segment lives, since segments never change. In a segment of
 * {@value #SMALL_SEGMENT} articles or more only phrases two of them share are kept, which bounds its
 * memory; a small segment (a recent write) keeps all. Lookups may run from many threads at once.
 */
final class SegmentPhrases {
  /** Segments with fewer articles keep every phrase. */
  static final int SMALL_SEGMENT = 5_000;

  private final WFSTCompletionLookup lookup;

  private SegmentPhrases(WFSTCompletionLookup lookup) {
    this.lookup = lookup;
  }

  /** The phrases of {@code segment}; none when it has no {@value SuggestFields#PHRASES} field (written before it existed). */
  static SegmentPhrases of(LeafReader segment) throws IOException {
    Terms terms = segment.terms(SuggestFields.PHRASES);
    int leastArticles = segment.maxDoc() >= SMALL_SEGMENT ? 2 : 1;
    try (ByteBuffersDirectory sortSpace = new ByteBuffersDirectory()) {
      WFSTCompletionLookup lookup = new WFSTCompletionLookup(sortSpace, "phrases", true);
      lookup.build(new TermInput(terms == null ? TermsEnum.EMPTY : terms.iterator(), leastArticles));
      return new SegmentPhrases(lookup);
    }
  }

  /** Up to {@code limit} phrases starting with {@code start}, an exact match first, then the most widespread in this segment. */
  List<LookupResult> lookup(String start, int limit) {
    return lookup.getCount() == 0 ? List.of() : lookup.lookup(start, null, false, limit);
  }

  /** The terms of a phrase field held by at least {@code leastArticles} documents, weighted by how many. */
  private static final class TermInput implements InputIterator {
    private final TermsEnum terms;
    private final int leastArticles;

    TermInput(TermsEnum terms, int leastArticles) {
      this.terms = terms;
      this.leastArticles = leastArticles;
    }

    @Override
    public BytesRef next() throws IOException {
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        if (terms.docFreq() >= leastArticles) {
          return term;
        }
      }
      return null;
    }

    @Override
    public long weight() {
      try {
        return terms.docFreq();
      } catch (IOException e) {
        throw new IllegalStateException("reading a term's frequency from its dictionary", e);
      }
    }

    @Override
    public BytesRef payload() {
      return null;
    }

    @Override
    public boolean hasPayloads() {
      return false;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}

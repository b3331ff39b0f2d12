package dev.gazette.suggest;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The phrases of one segment, most widespread first: Lucene's weighted FST completion over the
 * terms of its {@value SuggestFields#PHRASES} field, each weighted by how many of its documents
 * hold it. Built from the field's terms and postings when the segment is written (flush or merge,
 * by {@link PhrasePostingsFormat}) and stored with it; read back with {@link #load}. In a segment
 * of {@value #SMALL_SEGMENT} articles or more only phrases two of them share are kept, which bounds
 * its size; a small segment (a recent write) keeps all. Lookups may run from many threads at once.
 */
final class SegmentPhrases {
  /** Segments with fewer articles keep every phrase. */
  static final int SMALL_SEGMENT = 5_000;
  private static final String NAME = "phrases";

  private final WFSTCompletionLookup lookup;

  private SegmentPhrases(WFSTCompletionLookup lookup) {
    this.lookup = lookup;
  }

  /**
   * The phrases of a segment of {@code maxDoc} documents whose phrase field has {@code terms}
   * (null when it has none).
   */
  static SegmentPhrases build(Terms terms, int maxDoc) throws IOException {
    int leastArticles = maxDoc >= SMALL_SEGMENT ? 2 : 1;
    try (ByteBuffersDirectory sortSpace = new ByteBuffersDirectory()) {
      WFSTCompletionLookup lookup = new WFSTCompletionLookup(sortSpace, NAME, true);
      lookup.build(new TermInput(terms == null ? TermsEnum.EMPTY : terms.iterator(), leastArticles));
      return new SegmentPhrases(lookup);
    }
  }

  /** Phrases written by {@link #store}. */
  static SegmentPhrases load(DataInput in) throws IOException {
    try (ByteBuffersDirectory unused = new ByteBuffersDirectory()) {
      WFSTCompletionLookup lookup = new WFSTCompletionLookup(unused, NAME, true);
      if (in.readByte() == 1) {
        lookup.load(in);
      }
      return new SegmentPhrases(lookup);
    }
  }

  /** Writes these phrases to {@code out}, for {@link #load}. */
  void store(DataOutput out) throws IOException {
    boolean any = lookup.getCount() > 0;
    out.writeByte((byte) (any ? 1 : 0));
    if (any) {
      lookup.store(out);
    }
  }

  /** Up to {@code limit} phrases starting with {@code start}, an exact match first, then the most widespread in this segment. */
  List<LookupResult> lookup(String start, int limit) {
    return lookup.getCount() == 0 ? List.of() : lookup.lookup(start, null, false, limit);
  }

  /**
   * The terms of a phrase field held by at least {@code leastArticles} documents, weighted by how
   * many: counted from the postings, since a segment being written has no document frequencies yet.
   */
  private static final class TermInput implements InputIterator {
    private final TermsEnum terms;
    private final int leastArticles;
    private PostingsEnum postings;
    private int articles;

    TermInput(TermsEnum terms, int leastArticles) {
      this.terms = terms;
      this.leastArticles = leastArticles;
    }

    @Override
    public BytesRef next() throws IOException {
      for (BytesRef term = terms.next(); term != null; term = terms.next()) {
        postings = terms.postings(postings, PostingsEnum.NONE);
        articles = 0;
        while (postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
          articles++;
        }
        if (articles >= leastArticles) {
          return term;
        }
      }
      return null;
    }

    @Override
    public long weight() {
      return articles;
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

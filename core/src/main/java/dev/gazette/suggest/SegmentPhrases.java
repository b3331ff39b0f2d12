package dev.gazette.suggest;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

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
   * (null when it has none), built in memory: for a segment written without its phrases file.
   */
  static SegmentPhrases build(Terms terms, int maxDoc) throws IOException {
    ByteBuffersDataOutput built = new ByteBuffersDataOutput();
    write(terms, maxDoc, built);
    return load(built.toDataInput());
  }

  /**
   * Writes to {@code out}, for {@link #load}, the phrases of a segment of {@code maxDoc} documents
   * whose phrase field has {@code terms} (null when it has none): the form {@link
   * WFSTCompletionLookup#store} writes (the count, then an FST from each phrase to its cost, {@code
   * Integer.MAX_VALUE} less its weight), compiled straight from the terms, which come in the FST's
   * order already, instead of through the lookup's own build, which sorts a copy of them on the side.
   */
  static void write(Terms terms, int maxDoc, DataOutput out) throws IOException {
    int leastArticles = maxDoc >= SMALL_SEGMENT ? 2 : 1;
    FSTCompiler<Long> fst = new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, PositiveIntOutputs.getSingleton()).build();
    IntsRefBuilder path = new IntsRefBuilder();
    TermsEnum phrases = terms == null ? TermsEnum.EMPTY : terms.iterator();
    PostingsEnum postings = null;
    long count = 0;
    for (BytesRef phrase = phrases.next(); phrase != null; phrase = phrases.next()) {
      postings = phrases.postings(postings, PostingsEnum.NONE);
      int articles = 0;
      while (postings.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
        articles++;
      }
      if (articles >= leastArticles) {
        fst.add(Util.toIntsRef(phrase, path), (long) (Integer.MAX_VALUE - articles));
        count++;
      }
    }
    out.writeByte((byte) (count > 0 ? 1 : 0));
    if (count > 0) {
      FST.FSTMetadata<Long> compiled = fst.compile();
      out.writeVLong(count);
      FST.fromFSTReader(compiled, fst.getFSTReader()).save(out, out);
    }
  }

  /** Phrases written by {@link #write}. */
  static SegmentPhrases load(DataInput in) throws IOException {
    try (ByteBuffersDirectory unused = new ByteBuffersDirectory()) {
      WFSTCompletionLookup lookup = new WFSTCompletionLookup(unused, NAME, true);
      if (in.readByte() == 1) {
        lookup.load(in);
      }
      return new SegmentPhrases(lookup);
    }
  }

  /** Up to {@code limit} phrases starting with {@code start}, an exact match first, then the most widespread in this segment. */
  List<LookupResult> lookup(String start, int limit) {
    return lookup.getCount() == 0 ? List.of() : lookup.lookup(start, null, false, limit);
  }
}

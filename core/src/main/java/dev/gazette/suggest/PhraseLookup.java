package dev.gazette.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.util.BytesRef;

/**
 * Phrases completing typed text across an index's segments, ranked by how many articles hold them.
 * Each segment's {@link SegmentPhrases} is read from the segment's own file the first time the
 * segment is seen (or {@link #warm warmed} as a merge makes it) and kept until the segment is
 * closed, so after a write only the new small segment is read. A segment written without that file
 * (before it existed), or whose file is damaged, has its phrases built from its terms instead. The
 * candidates of all segments are then counted exactly: from the weights of the segments that name
 * them, and from the terms dictionaries of the others. An article deleted or replaced still counts
 * until a merge drops it, as in Lucene's own statistics. Safe for many threads.
 */
final class PhraseLookup {
  /** Candidates asked of each segment per completion wanted, so a phrase spread over segments is not missed. */
  private static final int CANDIDATES = 4;

  private static final System.Logger LOG = System.getLogger(PhraseLookup.class.getName());

  private final Map<IndexReader.CacheKey, SegmentPhrases> segments = new ConcurrentHashMap<>();
  private final AtomicInteger read = new AtomicInteger();
  private final AtomicInteger built = new AtomicInteger();

  /**
   * A phrase and how many articles hold it.
   *
   * @param text the folded phrase
   * @param articles how many articles hold it
   */
  record Counted(String text, long articles) {}

  /** Builds and keeps {@code segment}'s phrases unless they are kept already. */
  void warm(LeafReader segment) {
    phrasesOf(segment);
  }

  /** Up to {@code limit} phrases starting with {@code start} held by at least {@code minArticles} articles of {@code reader}, an exact match first, then the most widespread. */
  List<Counted> lookup(IndexReader reader, String start, int limit, int minArticles) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Map<String, Tally> candidates = new HashMap<>();
    for (int leaf = 0; leaf < leaves.size(); leaf++) {
      for (LookupResult hit : phrasesOf(leaves.get(leaf).reader()).lookup(start, limit * CANDIDATES)) {
        candidates.computeIfAbsent(hit.key.toString(), Tally::new).add(leaf, hit.value);
      }
    }
    countUnreported(leaves, candidates.values());
    List<Counted> found = new ArrayList<>();
    for (Tally candidate : candidates.values()) {
      if (candidate.articles >= minArticles) {
        found.add(new Counted(candidate.text, candidate.articles));
      }
    }
    found.sort(Comparator.comparing((Counted c) -> !c.text().equals(start))
        .thenComparing(Comparator.comparingLong(Counted::articles).reversed())
        .thenComparing(Counted::text));
    return found.subList(0, Math.min(limit, found.size()));
  }

  /** Forgets every segment. */
  void clear() {
    segments.clear();
  }

  /** How many segments are kept; for tests. */
  int segmentsKept() {
    return segments.size();
  }

  /** How many segments' phrases were read from their files; for tests. */
  int segmentsRead() {
    return read.get();
  }

  /** How many segments' phrases were built from their terms, for want of a sound file; for tests. */
  int segmentsBuilt() {
    return built.get();
  }

  private SegmentPhrases phrasesOf(LeafReader segment) {
    IndexReader.CacheHelper cache = segment.getCoreCacheHelper();
    if (cache == null) {
      return build(segment);
    }
    return segments.computeIfAbsent(cache.getKey(), key -> {
      cache.addClosedListener(segments::remove);
      return build(segment);
    });
  }

  private SegmentPhrases build(LeafReader segment) {
    try {
      Terms terms = segment.terms(SuggestFields.PHRASES);
      if (terms instanceof PhraseFieldsProducer.StoredTerms stored) {
        try {
          SegmentPhrases phrases = stored.stored();
          read.incrementAndGet();
          return phrases;
        } catch (IOException e) {
          LOG.log(System.Logger.Level.WARNING, "the autocomplete phrases of a segment could not be read ("
              + e.getMessage() + "); building them from its terms");
        }
      }
      built.incrementAndGet();
      return SegmentPhrases.build(terms, segment.maxDoc());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds to each candidate the articles of the segments whose phrases did not name it, from their
   * terms dictionaries, with one terms enum per segment: a segment that names a candidate gave its
   * count already (a phrase's weight is the number of the segment's documents holding it, the
   * term's document frequency), and a segment may leave out a phrase it holds (one a single article
   * of a large segment holds, or one past the candidates asked of it).
   */
  private static void countUnreported(List<LeafReaderContext> leaves, Collection<Tally> candidates) throws IOException {
    for (int leaf = 0; leaf < leaves.size(); leaf++) {
      Terms terms = leaves.get(leaf).reader().terms(SuggestFields.PHRASES);
      TermsEnum iterator = null;
      for (Tally candidate : candidates) {
        if (terms == null || candidate.reportedBy.get(leaf)) {
          continue;
        }
        iterator = iterator == null ? terms.iterator() : iterator;
        if (iterator.seekExact(new BytesRef(candidate.text))) {
          candidate.articles += iterator.docFreq();
        }
      }
    }
  }

  /** A candidate phrase and the articles counted for it so far, with the segments that counted. */
  private static final class Tally {
    private final String text;
    private final BitSet reportedBy = new BitSet();
    private long articles;

    private Tally(String text) {
      this.text = text;
    }

    private void add(int leaf, long articlesInLeaf) {
      reportedBy.set(leaf);
      articles += articlesInLeaf;
    }
  }
}

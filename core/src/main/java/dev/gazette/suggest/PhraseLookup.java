package dev.gazette.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * (before it existed), or whose file is damaged, has its phrases built from its terms instead. The candidates of all segments are then counted exactly from the terms
 * dictionaries: an article deleted or replaced still counts until a merge drops it, as in Lucene's
 * own statistics. Safe for many threads.
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
    Set<String> candidates = new LinkedHashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (LookupResult hit : phrasesOf(leaf.reader()).lookup(start, limit * CANDIDATES)) {
        candidates.add(hit.key.toString());
      }
    }
    List<Counted> found = new ArrayList<>();
    for (String candidate : candidates) {
      long articles = articles(reader, candidate);
      if (articles >= minArticles) {
        found.add(new Counted(candidate, articles));
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

  private static long articles(IndexReader reader, String phrase) throws IOException {
    BytesRef term = new BytesRef(phrase);
    long articles = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(SuggestFields.PHRASES);
      if (terms != null) {
        TermsEnum iterator = terms.iterator();
        if (iterator.seekExact(term)) {
          articles += iterator.docFreq();
        }
      }
    }
    return articles;
  }
}

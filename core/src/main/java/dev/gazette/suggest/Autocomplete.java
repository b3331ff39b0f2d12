package dev.gazette.suggest;

import dev.gazette.InvalidRequestException;
import dev.gazette.Suggestion;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * Autocomplete for one Gazette index: completes typed text to frequent phrases and to article
 * titles, case- and accent-insensitively, the last word as a prefix ("north ko" → "north korea").
 *
 * <p>Completions come from the {@link SuggestFields} written with every article, so they are as
 * current as the searcher asked: titles by a query on the index, phrases from a weighted FST per
 * segment, written with the segment by {@link PhrasePostingsFormat}, read the first time the
 * segment is seen and kept while it lives. {@link #warm} reads them ahead (when a server starts,
 * when a merge makes a segment), so that no lookup waits. Safe to use from many threads; {@link #close()} forgets the
 * segments' phrases.
 */
public final class Autocomplete implements Closeable {
  /** Most completions one call returns. */
  public static final int MAX_LIMIT = 20;
  /** The least number of articles that must share a phrase for it to be suggested, by default. */
  public static final int DEFAULT_MIN_ARTICLES = 3;
  /** Titles looked up per place to fill, so those with the typed words side by side can come first. */
  private static final int TITLE_CANDIDATES = 3;
  private static final System.Logger LOG = System.getLogger(Autocomplete.class.getName());

  private final int minArticles;
  private final Analyzer words = SuggestAnalysis.words();
  private final PhraseLookup phrases = new PhraseLookup();
  private volatile boolean closed;

  /** Autocomplete suggesting phrases shared by at least {@value #DEFAULT_MIN_ARTICLES} articles. */
  public Autocomplete() {
    this(DEFAULT_MIN_ARTICLES);
  }

  /** Autocomplete suggesting phrases shared by at least {@code minArticles} articles. */
  public Autocomplete(int minArticles) {
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be at least 1");
    }
    this.minArticles = minArticles;
  }

  /**
   * Up to {@code limit} completions of {@code prefix} in the index {@code searcher} shows: phrases
   * first (lowercase, accent-folded, the most widespread first, taking at least half the places
   * when there are enough), then titles (those with the typed words side by side first, then the
   * latest first) on one line. The matched part of each is wrapped in {@code preTag} and {@code
   * postTag} ({@code <mark>} and {@code </mark>} when null), the rest HTML-escaped. Any prefix is
   * accepted: one with no word in it, or over {@value TypedPrefix#MAX_CHARS} characters or {@value
   * TypedPrefix#MAX_WORDS} words, has no completions.
   *
   * @throws InvalidRequestException when {@code limit} is not between 1 and {@value #MAX_LIMIT}
   * @throws IllegalStateException when closed
   */
  public List<Suggestion> suggest(IndexSearcher searcher, String prefix, int limit, String preTag, String postTag)
      throws IOException {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    ensureOpen();
    TypedPrefix typed = TypedPrefix.of(prefix, words);
    if (typed.isEmpty()) {
      return List.of();
    }
    List<PhraseLookup.Counted> phraseHits =
        phrases.lookup(searcher.getIndexReader(), typed.phraseStart(), limit, minArticles);
    List<TitleLookup.Title> titleHits = TitleLookup.lookup(searcher, typed, limit * TITLE_CANDIDATES);
    int phraseCount = Math.min(phraseHits.size(), Math.max((limit + 1) / 2, limit - titleHits.size()));
    Marker marker = new Marker(typed, words, preTag == null ? "<mark>" : preTag, postTag == null ? "</mark>" : postTag);
    List<Suggestion> found = new ArrayList<>(limit);
    for (PhraseLookup.Counted phrase : phraseHits.subList(0, phraseCount)) {
      found.add(new Suggestion(phrase.text(), marker.mark(phrase.text()).html(), Suggestion.Kind.PHRASE, null));
    }
    List<Suggestion> together = new ArrayList<>();
    List<Suggestion> apart = new ArrayList<>();
    for (TitleLookup.Title title : titleHits) {
      Marker.Marked marked = marker.mark(title.text());
      (marked.together() ? together : apart)
          .add(new Suggestion(title.text(), marked.html(), Suggestion.Kind.TITLE, title.articleId()));
    }
    together.addAll(apart);
    found.addAll(together.subList(0, Math.min(together.size(), limit - phraseCount)));
    return found;
  }

  /** Reads the phrases of every segment of {@code reader} not seen yet, so lookups on it need not. */
  public void warm(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      warm(leaf.reader());
    }
  }

  /** Reads the phrases of {@code segment} unless it was seen already. */
  public void warm(LeafReader segment) {
    ensureOpen();
    phrases.warm(segment);
  }

  /**
   * A warmer for the segments merges make, reading their phrases before searchers see them. It
   * never fails a merge: when closed it does nothing, and a failed read is logged and left to the
   * first lookup.
   */
  public IndexWriter.IndexReaderWarmer mergeWarmer() {
    return segment -> {
      try {
        if (!closed) {
          phrases.warm(segment);
        }
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "could not read the phrases of a merged segment ahead; "
            + "the first suggestion will", e);
      }
    };
  }

  /** Forgets the segments' phrases; later calls fail. Closing twice does nothing. */
  @Override
  public void close() {
    closed = true;
    phrases.clear();
    words.close();
  }

  /** How many segments' phrases are kept; for tests. */
  int segmentsKept() {
    return phrases.segmentsKept();
  }

  /** How many segments' phrases were read from their files; for tests. */
  int segmentsRead() {
    return phrases.segmentsRead();
  }

  /** How many segments' phrases were built from their terms, for want of a sound file; for tests. */
  int segmentsBuilt() {
    return phrases.segmentsBuilt();
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("autocomplete is closed");
    }
  }
}

package dev.gazette.suggest;

import dev.gazette.InvalidRequestException;
import dev.gazette.Suggestion;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.util.IOUtils;

/**
 * Autocomplete for one Gazette index: completes typed text to frequent phrases and to article
 * titles, case- and accent-insensitively, the last word as a prefix ("north ko" → "north korea").
 *
 * <p>The completions are built from the reader given to the first {@link #suggest} call, which
 * waits for that build. Later, when a call brings a newer reader, the completions are rebuilt on
 * a background thread while lookups go on answering from the previous build. One rebuild runs at
 * a time, from the reader of the call that started it; the first call after it with a newer reader
 * starts the next. Building reads every live article once (titles and bodies) and holds the
 * readers it reads open until done. Safe to use from many threads; {@link #close()} releases the
 * built suggesters.
 */
public final class Autocomplete implements Closeable {
  /** Most completions one call returns. */
  public static final int MAX_LIMIT = 20;
  /** The least number of articles that must share a phrase for it to be suggested, by default. */
  public static final int DEFAULT_MIN_ARTICLES = 3;
  /** Distinct phrases counted before the rarest are forgotten, bounding a build's memory. */
  static final int MAX_COUNTED_PHRASES = 1_000_000;

  private static final System.Logger LOG = System.getLogger(Autocomplete.class.getName());

  private final int minArticles;
  private final Executor rebuilds;
  private final Analyzer words = SuggestAnalysis.words();
  private final Analyzer phrases = SuggestAnalysis.phrases();
  private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
  private final ReentrantLock building = new ReentrantLock();
  private final Object state = new Object();
  private volatile Snapshot current;
  private volatile boolean closed;
  private CompletableFuture<Void> rebuild = CompletableFuture.completedFuture(null);

  /** Autocomplete suggesting phrases shared by at least {@value #DEFAULT_MIN_ARTICLES} articles. */
  public Autocomplete() {
    this(DEFAULT_MIN_ARTICLES);
  }

  /** Autocomplete suggesting phrases shared by at least {@code minArticles} articles. */
  public Autocomplete(int minArticles) {
    this(minArticles, task -> Thread.ofPlatform().name("gazette-autocomplete").daemon().start(task));
  }

  /** Autocomplete running its background rebuilds on {@code rebuilds}. */
  Autocomplete(int minArticles, Executor rebuilds) {
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be at least 1");
    }
    this.minArticles = minArticles;
    this.rebuilds = rebuilds;
  }

  /**
   * Up to {@code limit} completions of {@code prefix} in the index {@code reader} shows, or as it
   * was shortly before while a rebuild for it runs: phrases first (lowercase, accent-folded, the
   * most widespread first), then titles (those with the typed words side by side first, then the
   * latest first) on one line. The matched part of each is wrapped
   * in {@code preTag} and {@code postTag} ({@code <mark>} and {@code </mark>} when null), the rest
   * HTML-escaped. Any prefix is accepted: one with no word in it, or over {@value
   * TypedPrefix#MAX_CHARS} characters or {@value TypedPrefix#MAX_WORDS} words, has no completions.
   *
   * @throws InvalidRequestException when {@code limit} is not between 1 and {@value #MAX_LIMIT}
   * @throws IllegalStateException when closed
   */
  public List<Suggestion> suggest(DirectoryReader reader, String prefix, int limit, String preTag, String postTag) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
    }
    TypedPrefix typed = TypedPrefix.of(prefix, words);
    if (typed.isEmpty()) {
      ensureOpen();
      return List.of();
    }
    Snapshot known = current;
    if (known == null) {
      refresh(reader);
    } else if (known.olderThan(reader)) {
      rebuildInBackground(reader);
    }
    Lock lock = swap.readLock();
    lock.lock();
    try {
      ensureOpen();
      return current.lookup(typed, limit, preTag == null ? "<mark>" : preTag, postTag == null ? "</mark>" : postTag);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Builds the completions of {@code reader} now, waiting for the build (and for one in progress),
   * unless those in use are already as recent. Lookups go on meanwhile.
   *
   * @throws IllegalStateException when closed
   */
  public void refresh(DirectoryReader reader) {
    building.lock();
    try {
      ensureOpen();
      buildIfNewer(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      building.unlock();
    }
  }

  /** Waits for a build in progress to stop, then releases the built suggesters. Closing twice does nothing. */
  @Override
  public void close() throws IOException {
    CompletableFuture<Void> inProgress;
    synchronized (state) {
      if (closed) {
        return;
      }
      closed = true;
      inProgress = rebuild;
    }
    inProgress.join();
    building.lock();
    Snapshot last;
    Lock lock = swap.writeLock();
    lock.lock();
    try {
      last = current;
      current = null;
    } finally {
      lock.unlock();
      building.unlock();
    }
    IOUtils.close(last, words, phrases);
  }

  /** Starts a rebuild from {@code reader} on the background thread unless one is running. */
  private void rebuildInBackground(DirectoryReader reader) {
    synchronized (state) {
      if (closed || !rebuild.isDone() || !reader.tryIncRef()) {
        return;
      }
      rebuild = CompletableFuture.runAsync(() -> {
        building.lock();
        try {
          buildIfNewer(reader);
        } catch (CancellationException closing) {
          // Closed while building: nothing to keep.
        } catch (IOException | RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "autocomplete rebuild failed; the previous completions stay in use", e);
        } finally {
          building.unlock();
          decRef(reader);
        }
      }, rebuilds);
    }
  }

  /** Builds from {@code reader} and puts the result in use if it is newer than the one in use; hold {@link #building}. */
  private void buildIfNewer(DirectoryReader reader) throws IOException {
    Snapshot known = current;
    if (closed || (known != null && !known.olderThan(reader))) {
      return;
    }
    Snapshot built = Snapshot.build(
        reader, words, new PhraseCounter(phrases, MAX_COUNTED_PHRASES), minArticles, () -> closed);
    Snapshot replaced;
    Lock lock = swap.writeLock();
    lock.lock();
    try {
      replaced = closed ? built : current;
      if (!closed) {
        current = built;
      }
    } finally {
      lock.unlock();
    }
    IOUtils.close(replaced);
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("autocomplete is closed");
    }
  }

  private static void decRef(DirectoryReader reader) {
    try {
      reader.decRef();
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "could not release an index reader after an autocomplete rebuild", e);
    }
  }
}

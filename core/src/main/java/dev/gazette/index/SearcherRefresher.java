package dev.gazette.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Keeps the searchers of an index fresh enough that a write shows in every search started half a
 * second or more after it, without reopening while nobody searches.
 *
 * <p>A background thread reopens every half second, but only when something changed and someone
 * searched since the last reopen. A search that finds the searcher older than half a second with
 * changes pending reopens first. So a bulk load with nobody searching flushes segments only when
 * the writer's RAM buffer fills, not twice a second: reopening flushes every buffered document into
 * a new segment, and merging hundreds of small segments away cost a bulk load a third of its time.
 */
final class SearcherRefresher implements AutoCloseable {
  private static final long MAX_STALE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final SearcherManager searchers;
  private final AtomicBoolean changed = new AtomicBoolean();
  private final AtomicBoolean searched = new AtomicBoolean();
  private final Thread thread;
  private volatile long openedAt = System.nanoTime();
  private volatile boolean closed;
  /** What the background thread waits on between rounds, so that closing can wake it. */
  private final Object wake = new Object();

  /** Refreshes {@code searchers}, its background thread named after {@code location}. */
  SearcherRefresher(SearcherManager searchers, String location) {
    this.searchers = searchers;
    this.thread = Thread.ofPlatform().daemon().name("gazette-refresh " + location).unstarted(this::loop);
    thread.start();
  }

  /** Notes that the index changed. */
  void changed() {
    changed.set(true);
  }

  /**
   * Reopens now if anything changed; returns once searchers acquired from now on see every change
   * made before the call. Callers wait for a reopen in progress, which covers their changes.
   */
  synchronized void refresh() throws IOException {
    if (changed.getAndSet(false)) {
      long started = System.nanoTime();
      boolean refreshed = false;
      try {
        searchers.maybeRefreshBlocking();
        refreshed = true;
      } finally {
        if (refreshed) {
          openedAt = started;
        } else {
          changed.set(true);
        }
      }
    }
  }

  /** Called before each search: reopens first when the searcher is stale and changes are pending. */
  void beforeSearch() throws IOException {
    searched.set(true);
    if (changed.get() && System.nanoTime() - openedAt >= MAX_STALE_NANOS) {
      refresh();
    }
  }

  private void loop() {
    while (!closed) {
      try {
        synchronized (wake) {
          if (!closed) {
            TimeUnit.NANOSECONDS.timedWait(wake, MAX_STALE_NANOS);
          }
        }
        if (!closed && searched.getAndSet(false)) {
          refresh();
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        // The index is closing or failed; the next search reports the error itself.
      }
    }
  }

  /**
   * Stops the background thread and waits for it. The thread is woken, never interrupted: an
   * interrupt during a reopen would close the index files' channels under the writer (Lucene's
   * write lock among them, which then reads as "invalidated by an external force").
   */
  @Override
  public void close() {
    closed = true;
    synchronized (wake) {
      wake.notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

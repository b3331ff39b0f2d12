package dev.gazette.server;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The threads that run reads (searches, articles, facets, suggestions, stats): one per core, at
 * least two. Reads are CPU work on a memory-mapped index, so more threads than cores only share the
 * cores and stretch every search in flight, while requests queued here wait in arrival order; writes
 * and the open endpoints keep Undertow's larger worker pool, so a commit waiting on the disk never
 * holds up a search.
 */
final class ReadPool {
  private ReadPool() {}

  /** The number of read threads on this machine. */
  static int size() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  /** A new pool of {@link #size()} daemon threads named {@code gazette-read-N}. */
  static ExecutorService start() {
    ThreadFactory threads = Thread.ofPlatform().name("gazette-read-", 1).daemon().factory();
    return Executors.newFixedThreadPool(size(), threads);
  }
}

package dev.gazette.embeddings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs passage inferences on at most {@code threads} cores at once, so that embedding an archive
 * never takes every core of a small machine from searches and health checks. A batch is spread
 * over a pool of {@code threads} daemon threads; a single passage runs on the caller's thread. Both
 * take one of {@code threads} permits per inference, handed out first come, first served, so that
 * concurrent callers (a background indexer and a reindex, say) share the budget rather than add up.
 */
final class ThreadBudget {
  private final Semaphore permits;
  private final ExecutorService pool;

  ThreadBudget(int threads) {
    this.permits = new Semaphore(threads, true);
    this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
  }

  /** {@code work} applied to {@code input} on the caller's thread, holding one permit. */
  <I, O> O call(I input, Function<I, O> work) {
    permits.acquireUninterruptibly();
    try {
      return work.apply(input);
    } finally {
      permits.release();
    }
  }

  /** {@code work} applied to every input on the pool, the results in input order. */
  <I, O> List<O> map(List<I> inputs, Function<I, O> work) {
    List<Future<O>> futures = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      futures.add(pool.submit(() -> call(input, work)));
    }
    List<O> results = new ArrayList<>(inputs.size());
    try {
      for (Future<O> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while embedding");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
    } finally {
      futures.forEach(future -> future.cancel(false));
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "gazette-embedder-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}

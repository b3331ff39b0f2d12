package dev.gazette.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of threads for one kind of work, with a bounded queue: work beyond the queue is
 * refused (the caller answers 503 {@code overloaded}) instead of piling up without end. Separate
 * lanes keep one kind of work from queueing behind another.
 */
final class Lane implements AutoCloseable {
  private final ThreadPoolExecutor pool;

  /** A lane of {@code threads} threads named after {@code name}, holding at most {@code queue} waiting tasks. */
  Lane(String name, int threads, int queue) {
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
        Thread.ofPlatform().name(name + "-", 1).daemon().factory(), new ThreadPoolExecutor.AbortPolicy());
  }

  /** Runs {@code task} when a thread is free; false, and nothing runs, when the queue is full or the lane closed. */
  boolean offer(Runnable task) {
    try {
      pool.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** Refuses new work and waits (bounded) for the work taken to finish. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.gazette.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a numbered task over {@code 0..count-1} on a few platform threads, each taking every n-th number. */
public final class Parallel {
  private Parallel() {}

  /** A task over one number that may fail. */
  @FunctionalInterface
  public interface Task {
    /** Runs for number {@code i}. */
    void run(int i) throws Exception;
  }

  /** Runs {@code task} for every number below {@code count} on {@code threads} threads; rethrows the first failure. */
  public static void forEach(int threads, int count, Task task) {
    if (threads == 1) {
      try {
        for (int i = 0; i < count; i++) {
          task.run(i);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(pool.submit(() -> {
          for (int i = first; i < count; i += threads) {
            task.run(i);
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}

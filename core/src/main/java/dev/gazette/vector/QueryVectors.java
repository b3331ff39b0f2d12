package dev.gazette.vector;

import dev.gazette.Embedder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The vectors of queries: each distinct query embedded once and kept (the most recent {@value
 * #CACHED}), so a repeated query or its next page costs no model time; and at most {@value
 * #MODEL_RUNS} query embedded at a time, so the model never takes the cores lexical searches and
 * health checks need. A query that waits too long for the model is searched by words alone.
 */
public final class QueryVectors {
  static final int CACHED = 4_096;
  static final int MODEL_RUNS = 1;
  private static final long WAIT_MS = 2_000;

  private final Embedder embedder;
  private final Semaphore model = new Semaphore(MODEL_RUNS, true);
  private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > CACHED;
    }
  };
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** The vectors {@code embedder} gives. */
  public QueryVectors(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The embedder's name. */
  public String model() {
    return embedder.name();
  }

  /**
   * The unit vector of {@code query} (white space collapsed), or empty when the model stayed busy
   * past the wait or the thread was interrupted.
   */
  public Optional<float[]> of(String query) {
    String key = query.strip().replaceAll("\\s+", " ");
    float[] known = cached(key);
    if (known != null) {
      hits.increment();
      return Optional.of(known);
    }
    try {
      if (!model.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
        return Optional.empty();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    try {
      float[] vector = VectorFields.unit(embedder.embedQuery(key));
      misses.increment();
      synchronized (cache) {
        cache.put(key, vector);
      }
      return Optional.of(vector);
    } finally {
      model.release();
    }
  }

  /** Queries answered from the cache. */
  public long hits() {
    return hits.sum();
  }

  /** Queries the model embedded. */
  public long misses() {
    return misses.sum();
  }

  private float[] cached(String key) {
    synchronized (cache) {
      return cache.get(key);
    }
  }
}

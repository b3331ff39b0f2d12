package dev.gazette.search;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Values kept up to a budget of bytes, each weighed when it is kept, the least recently used
 * dropped first. Thread-safe. What the near-miss caches ({@link FuzzyAutomata}, {@link
 * NearMissRewrites}) keep their values in.
 */
final class WeighedLru<K, V> {
  private record Weighed<V>(V value, long bytes) {}

  private final long budget;
  private final LinkedHashMap<K, Weighed<V>> kept = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  /** Values kept up to {@code budget} bytes. */
  WeighedLru(long budget) {
    this.budget = budget;
  }

  /** The value kept for {@code key}, now the most recently used, or {@code null}. */
  synchronized V get(K key) {
    Weighed<V> known = kept.get(key);
    return known == null ? null : known.value();
  }

  /** Keeps {@code value} for {@code key}, weighing {@code weight} bytes, then drops the oldest while over budget. */
  synchronized void put(K key, V value, long weight) {
    Weighed<V> replaced = kept.put(key, new Weighed<>(value, weight));
    bytes += weight - (replaced == null ? 0 : replaced.bytes());
    for (Iterator<Weighed<V>> oldest = kept.values().iterator(); bytes > budget && oldest.hasNext(); ) {
      bytes -= oldest.next().bytes();
      oldest.remove();
    }
  }

  /** Drops the values of every key {@code which} accepts. */
  synchronized void removeKeys(Predicate<K> which) {
    for (Iterator<Map.Entry<K, Weighed<V>>> entries = kept.entrySet().iterator(); entries.hasNext(); ) {
      Map.Entry<K, Weighed<V>> entry = entries.next();
      if (which.test(entry.getKey())) {
        bytes -= entry.getValue().bytes();
        entries.remove();
      }
    }
  }

  /** How many values are kept. */
  synchronized int size() {
    return kept.size();
  }

  /** The bytes the kept values weigh. */
  synchronized long bytes() {
    return bytes;
  }
}

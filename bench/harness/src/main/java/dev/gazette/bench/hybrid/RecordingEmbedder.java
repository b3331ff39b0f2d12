package dev.gazette.bench.hybrid;

import dev.gazette.Embedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An embedder that passes every call on to another and records the queries it was asked to embed,
 * with their vectors: how many calls reached the model (the misses of Gazette's query-vector cache)
 * and the very vectors Gazette searched with, for the recall measurement.
 */
public final class RecordingEmbedder implements Embedder {
  private final Embedder model;
  private final Map<String, float[]> queries = new LinkedHashMap<>();
  private long calls;

  /** Records the queries {@code model} embeds. */
  public RecordingEmbedder(Embedder model) {
    this.model = model;
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public int dimensions() {
    return model.dimensions();
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    return model.embedPassages(passages);
  }

  @Override
  public float[] embedQuery(String query) {
    float[] vector = model.embedQuery(query);
    synchronized (this) {
      calls++;
      queries.put(query, vector);
    }
    return vector;
  }

  /** How many queries the model has embedded so far. */
  public synchronized long calls() {
    return calls;
  }

  /** The vectors of the distinct queries embedded so far, in the order first asked. */
  public synchronized List<float[]> vectors() {
    return new ArrayList<>(queries.values());
  }
}

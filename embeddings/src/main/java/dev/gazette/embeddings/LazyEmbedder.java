package dev.gazette.embeddings;

import dev.gazette.Embedder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * An embedder whose model is loaded when first needed, or in the background from {@link #preload}:
 * a command that never searches by meaning never pays the model's load, and a server starts
 * answering before the model is ready (searches by words meanwhile).
 */
final class LazyEmbedder implements Embedder {
  private final String name;
  private final int dimensions;
  private final Supplier<Embedder> loader;
  private CompletableFuture<Embedder> model;

  LazyEmbedder(String name, int dimensions, Supplier<Embedder> loader) {
    this.name = name;
    this.dimensions = dimensions;
    this.loader = loader;
  }

  /** Starts loading the model on a background thread, unless it is loading or loaded. */
  synchronized void preload() {
    if (model == null) {
      model = CompletableFuture.supplyAsync(loader, task -> Thread.ofPlatform().daemon().name("gazette-model-load").start(task));
    }
  }

  private Embedder model() {
    synchronized (this) {
      if (model == null) {
        model = CompletableFuture.completedFuture(loader.get());
      }
    }
    return model.join();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    return model().embedPassages(passages);
  }

  @Override
  public float[] embedQuery(String query) {
    return model().embedQuery(query);
  }
}

package dev.gazette.embeddings;

import dev.gazette.Embedder;
import java.util.Locale;

/**
 * The embedders the server and the command line offer by name ({@code --embedder}): the bundled
 * model, or none. Each is loaded lazily: only what searches or embeds by meaning pays the load.
 */
public final class Embedders {
  /** The name of the bundled model, the default. */
  public static final String BUNDLED = "bundled";
  /** The name that turns search by meaning off. */
  public static final String NONE = "none";

  private Embedders() {}

  /**
   * The embedder {@code name} stands for, running on at most {@code threads} cores, loaded on first
   * use; {@code null} for {@value #NONE}.
   *
   * @throws IllegalArgumentException naming the choices when {@code name} is neither
   */
  public static Embedder named(String name, int threads) {
    return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
      case BUNDLED -> new LazyEmbedder(BundledEmbedder.NAME, BgeModel.DIMENSIONS, () -> BundledEmbedder.load(threads));
      case NONE -> null;
      default -> throw new IllegalArgumentException(
          "the embedder must be " + BUNDLED + " (bge-small-en-v1.5, inside Gazette) or " + NONE + ", not '" + name + "'");
    };
  }

  /** Starts loading {@code embedder}'s model in the background if it is one of these, so the first search by meaning need not wait. */
  public static void preload(Embedder embedder) {
    if (embedder instanceof LazyEmbedder lazy) {
      lazy.preload();
    }
  }
}

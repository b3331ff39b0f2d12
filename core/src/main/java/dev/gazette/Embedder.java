package dev.gazette;

import java.util.List;

/**
 * Turns text into vectors whose closeness means closeness of meaning, for search by meaning as
 * well as by words. Core holds no model: the server and the CLI plug in the bundled one (module
 * {@code gazette-embeddings}), and an app chooses one, or none, with {@link
 * GazetteConfig#withEmbedder}.
 *
 * <p>Implementations are safe for concurrent use. Every vector has {@link #dimensions()}
 * components; core normalizes them to unit length, so only their direction matters.
 */
public interface Embedder {
  /** Which model this is, recorded with the index so that vectors of different models are never mixed. */
  String name();

  /** How many components every vector has. */
  int dimensions();

  /** The vectors of {@code passages}, article text to be found, in order. */
  List<float[]> embedPassages(List<String> passages);

  /** The vector of a user's {@code query}, which some models embed apart from passages. */
  float[] embedQuery(String query);
}

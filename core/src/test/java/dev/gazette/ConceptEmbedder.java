package dev.gazette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny embedder for tests: each word counts towards a dimension chosen by its hash, words of one
 * concept ({@code car}, {@code automobile}, {@code vehicle}) towards the same one, so articles are
 * near in meaning when they share words or concepts. Counts the passages it embeds.
 */
final class ConceptEmbedder implements Embedder {
  private static final int DIMENSIONS = 64;
  private static final Map<String, String> CONCEPTS = Map.of(
      "automobile", "car", "vehicle", "car", "cars", "car",
      "cereal", "grain", "wheat", "grain", "harvest", "grain",
      "petroleum", "oil", "crude", "oil");

  final AtomicInteger passagesEmbedded = new AtomicInteger();

  @Override
  public String name() {
    return "test-concepts";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    passagesEmbedded.addAndGet(passages.size());
    List<float[]> vectors = new ArrayList<>();
    passages.forEach(p -> vectors.add(embed(p)));
    return vectors;
  }

  @Override
  public float[] embedQuery(String query) {
    return embed(query);
  }

  private static float[] embed(String text) {
    float[] vector = new float[DIMENSIONS];
    vector[DIMENSIONS - 1] = 0.01f;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (word.length() > 2) {
        vector[Math.floorMod(CONCEPTS.getOrDefault(word, word).hashCode(), DIMENSIONS - 1)] += 1;
      }
    }
    return vector;
  }
}

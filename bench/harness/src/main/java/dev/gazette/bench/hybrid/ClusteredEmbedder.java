package dev.gazette.bench.hybrid;

import dev.gazette.Embedder;
import dev.gazette.vector.VectorFields;
import java.util.List;
import java.util.Random;

/**
 * Generated article vectors, for indexes larger than the model could embed on this machine: each
 * passage gets a unit vector near one of {@value #CENTRES} random centres (Gaussian centre plus
 * Gaussian noise about as long as the centre, so neighbours share a cluster at cosine about 0.5
 * while the graph still has to search), chosen and drawn from a seed made of the passage's text, so
 * the same article always gets the same vector. Queries are embedded by the real model, so a
 * search pays the model's real cost.
 */
public final class ClusteredEmbedder implements Embedder {
  /** How many cluster centres the vectors gather around. */
  static final int CENTRES = 256;
  /** The noise's standard deviation per component, relative to a unit centre. */
  private static final double NOISE = 1.0;

  private final Embedder queries;
  private final float[][] centres;

  /** Generated passages of {@code queries}' dimensions; queries embedded by {@code queries}. */
  public ClusteredEmbedder(Embedder queries, long seed) {
    this.queries = queries;
    Random random = new Random(seed);
    centres = new float[CENTRES][];
    for (int c = 0; c < CENTRES; c++) {
      centres[c] = gaussian(random, queries.dimensions(), 1);
    }
  }

  @Override
  public String name() {
    return "generated-" + CENTRES + "-clusters";
  }

  @Override
  public int dimensions() {
    return queries.dimensions();
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    return passages.stream().map(this::generated).toList();
  }

  @Override
  public float[] embedQuery(String query) {
    return queries.embedQuery(query);
  }

  private float[] generated(String passage) {
    Random random = new Random(passage.hashCode() * 0x9E3779B97F4A7C15L);
    float[] centre = centres[random.nextInt(CENTRES)];
    float[] noise = gaussian(random, centre.length, NOISE);
    for (int i = 0; i < noise.length; i++) {
      noise[i] += centre[i];
    }
    return VectorFields.unit(noise);
  }

  /** A random Gaussian vector of {@code dimensions} components whose expected length is {@code length}. */
  private static float[] gaussian(Random random, int dimensions, double length) {
    float[] vector = new float[dimensions];
    double scale = length / Math.sqrt(dimensions);
    for (int i = 0; i < dimensions; i++) {
      vector[i] = (float) (random.nextGaussian() * scale);
    }
    return vector;
  }
}

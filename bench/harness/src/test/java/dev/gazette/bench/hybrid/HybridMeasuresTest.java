package dev.gazette.bench.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Article;
import dev.gazette.Embedder;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.bench.corpus.BenchQuery;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hybrid measurements on a small index embedded by a letter-trigram embedder. */
class HybridMeasuresTest {
  private static final List<String> WORDS = List.of("wheat", "grain", "oil", "crude", "bank", "rates", "shares",
      "profit", "coffee", "sugar", "gold", "mine", "ship", "port", "strike", "union");

  @TempDir
  static Path dir;

  @BeforeAll
  static void index() {
    GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(new Trigrams(32)).background(false));
    try (Gazette gazette = Gazette.open(dir, config)) {
      for (int i = 0; i < 300; i++) {
        String a = WORDS.get(i % WORDS.size());
        String b = WORDS.get(i * 7 % WORDS.size());
        gazette.upsert(Article.of("a" + i, a + " and " + b, Instant.parse("2020-01-01T00:00:00Z"),
            List.of(a + " " + b + " report number " + i)));
      }
      gazette.commit();
      assertEquals(300, gazette.embedAll(done -> { }));
    }
  }

  @Test
  void everyQueryIsEmbeddedOnceAndRepeatsComeFromTheCache() {
    List<BenchQuery> queries = new ArrayList<>();
    WORDS.forEach(word -> queries.add(new BenchQuery(word + " prices", "union", Operator.OR)));
    queries.add(queries.get(0));
    queries.add(queries.get(1));
    RecordingEmbedder embedder = new RecordingEmbedder(new Trigrams(32));

    HybridLatency.Result result = HybridLatency.measure(dir, embedder, queries, 1);

    assertEquals(WORDS.size(), result.modelCalls());
    assertEquals(2.0 / queries.size(), result.hitRate(), 1e-9);
    assertEquals(queries.size(), result.hybridAnswers());
    assertEquals(queries.size(), result.cold().hybrid().count());
    assertEquals(queries.size(), result.warm().lexical().count());
    assertEquals(WORDS.size(), embedder.vectors().size());
  }

  @Test
  void theGraphFindsTheExactNeighboursOfASmallIndex() throws Exception {
    List<float[]> queries = IntStream.range(0, WORDS.size())
        .mapToObj(i -> new Trigrams(32).embedQuery(WORDS.get(i) + " " + WORDS.get((i + 3) % WORDS.size()))).toList();

    VectorRecall.Result result = VectorRecall.measure(dir, queries, List.of(100, 10));

    assertEquals(300, result.vectors());
    assertEquals(WORDS.size(), result.queries());
    assertTrue(result.recall().get(0) >= 0.95, "recall at k = 100: " + result.recall().get(0));
    assertTrue(result.recall().get(1) > 0.5, "recall at k = 10: " + result.recall().get(1));
  }

  @Test
  void generatedVectorsAreStableUnitVectorsThatCluster() {
    ClusteredEmbedder generated = new ClusteredEmbedder(new Trigrams(384), 7);
    List<String> passages = IntStream.range(0, 2_000).mapToObj(i -> "article " + i).toList();
    List<float[]> vectors = generated.embedPassages(passages);

    assertEquals(1.0, dot(vectors.get(0), vectors.get(0)), 1e-5);
    assertEquals(1.0, dot(vectors.get(5), generated.embedPassages(List.of("article 5")).get(0)), 1e-6);
    double nearest = IntStream.range(1, vectors.size()).mapToDouble(i -> dot(vectors.get(0), vectors.get(i))).max()
        .orElseThrow();
    double mean = IntStream.range(1, vectors.size()).mapToDouble(i -> dot(vectors.get(0), vectors.get(i))).average()
        .orElseThrow();
    assertTrue(nearest > 0.35, "a vector has neighbours in its cluster: " + nearest);
    assertTrue(Math.abs(mean) < 0.05, "vectors of other clusters are unrelated: " + mean);
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Letter trigrams hashed into a few components: texts sharing words get close vectors. */
  private static final class Trigrams implements Embedder {
    private final int dimensions;

    Trigrams(int dimensions) {
      this.dimensions = dimensions;
    }

    @Override
    public String name() {
      return "trigrams";
    }

    @Override
    public int dimensions() {
      return dimensions;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
      return passages.stream().map(this::embedQuery).toList();
    }

    @Override
    public float[] embedQuery(String text) {
      float[] vector = new float[dimensions()];
      String padded = " " + text.toLowerCase() + " ";
      for (int i = 0; i + 3 <= padded.length(); i++) {
        vector[Math.floorMod(padded.substring(i, i + 3).hashCode(), dimensions())] += 1;
      }
      return vector;
    }
  }
}

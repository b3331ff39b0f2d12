package dev.gazette.embeddings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled model through core's {@code Embedder} API, loaded once for the class. */
class BundledEmbedderTest {
  private static final List<String> NETWORK = Collections.synchronizedList(new ArrayList<>());
  private static BundledEmbedder embedder;

  /**
   * Loads the model after making every http and https URL of this JVM fail and be recorded
   * (DJL's tokenizer, unless kept offline, asks the cloud metadata address at 169.254.169.254).
   */
  @BeforeAll
  static void load() {
    URL.setURLStreamHandlerFactory(protocol -> protocol.startsWith("http") ? new NoNetwork() : null);
    embedder = BundledEmbedder.load(2);
    embedder.embedQuery("warm up");
  }

  @Test
  void loadsFromTheJarWithoutTheNetwork() {
    assertEquals(List.of(), NETWORK, "URLs opened while loading and embedding");
  }

  @Test
  void vectorsHave384UnitLengthComponents() {
    assertEquals("bge-small-en-v1.5-q", embedder.name());
    assertEquals(384, embedder.dimensions());
    assertUnit(embedder.embedQuery("oil prices"));
    assertUnit(embedder.embedPassages(List.of("Crude oil prices rose on Monday.")).get(0));
  }

  @Test
  void closeMeaningsAreCloserThanUnrelatedOnes() {
    List<float[]> v = embedder.embedPassages(
        List.of("the central bank raised interest rates", "Fed lifts rates", "the football team won the cup"));
    assertTrue(cosine(v.get(0), v.get(1)) > cosine(v.get(0), v.get(2)) + 0.1,
        "rates/Fed " + cosine(v.get(0), v.get(1)) + " vs rates/football " + cosine(v.get(0), v.get(2)));
    float[] query = embedder.embedQuery("what did the fed say about interest rates");
    assertTrue(cosine(query, v.get(1)) > cosine(query, v.get(2)));
  }

  @Test
  void aBatchEqualsItsTextsOneAtATime() {
    List<String> texts = List.of("Wheat exports fell in March.", "Japan's trade surplus widened.",
        "Coffee quotas were not agreed in London.", "Bahia cocoa zone showers", "Gold closed higher.");
    List<float[]> batch = embedder.embedPassages(texts);
    assertEquals(texts.size(), batch.size());
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(embedder.embedPassages(List.of(texts.get(i))).get(0), batch.get(i), 1e-4f, texts.get(i));
    }
    assertEquals(List.of(), embedder.embedPassages(List.of()));
  }

  @Test
  void aQueryIsEmbeddedAfterTheInstruction() {
    assertArrayEquals(embedder.embedPassages(List.of(BundledEmbedder.QUERY_INSTRUCTION + "grain exports")).get(0),
        embedder.embedQuery("grain exports"), 1e-4f);
  }

  @Test
  void blankControlAndVeryLongTextsAreEmbedded() {
    String longText = IntStream.range(0, 20_000).mapToObj(i -> WORDS.get(i % WORDS.size()))
        .collect(Collectors.joining(" "));
    List<float[]> vectors = embedder.embedPassages(List.of("", "   ", "\u0000\u200b\u0007", longText));
    vectors.forEach(BundledEmbedderTest::assertUnit);
    assertArrayEquals(vectors.get(0), vectors.get(1), 1e-6f, "every blank text has the same vector");
    assertArrayEquals(vectors.get(0), vectors.get(2), 1e-6f, "so has a text of control characters");
    assertUnit(embedder.embedQuery(""));
  }

  @Test
  void onlyTheFirst510WordPiecesCount() {
    String head = IntStream.range(0, 400).mapToObj(i -> WORDS.get(i % WORDS.size())).collect(Collectors.joining(" "));
    String tail = IntStream.range(0, 5_000).mapToObj(i -> FOOTBALL.get(i % FOOTBALL.size()))
        .collect(Collectors.joining(" "));
    List<float[]> v = embedder.embedPassages(List.of(head + " " + tail, head, tail));
    assertTrue(cosine(v.get(0), v.get(1)) > 0.9, "long text vs its start: " + cosine(v.get(0), v.get(1)));
    assertTrue(cosine(v.get(0), v.get(2)) < cosine(v.get(0), v.get(1)) - 0.1,
        "long text vs its end: " + cosine(v.get(0), v.get(2)));
  }

  @Test
  void concurrentCallersGetTheSameVectors() throws Exception {
    List<String> texts = WORDS.stream().map(word -> "Reuters reports on " + word).toList();
    List<float[]> expected = embedder.embedPassages(texts);
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<float[]>>> answers = new ArrayList<>();
      for (int caller = 0; caller < 4; caller++) {
        answers.add(callers.submit(() -> embedder.embedPassages(texts)));
        answers.add(callers.submit(() -> texts.stream().map(embedder::embedQuery).toList()));
      }
      List<float[]> queries = texts.stream().map(embedder::embedQuery).toList();
      for (int i = 0; i < answers.size(); i++) {
        List<float[]> answer = answers.get(i).get();
        List<float[]> want = i % 2 == 0 ? expected : queries;
        for (int t = 0; t < texts.size(); t++) {
          assertArrayEquals(want.get(t), answer.get(t), 1e-6f, texts.get(t));
        }
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void aThreadBudgetBelowOneIsRefusedBeforeLoading() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundledEmbedder.load(0));
    assertEquals("the embedder needs at least 1 thread, not 0", e.getMessage());
  }

  private static final List<String> WORDS = List.of("wheat", "harvest", "exports", "rose", "in", "Argentina",
      "after", "the", "drought", "ended", "and", "prices", "fell", "on", "world", "markets");
  private static final List<String> FOOTBALL = List.of("the", "striker", "scored", "a", "late", "goal", "and",
      "the", "team", "won", "the", "cup", "final");

  /** An http(s) handler that records the URL and refuses to connect. */
  private static final class NoNetwork extends URLStreamHandler {
    @Override
    protected URLConnection openConnection(URL url) throws IOException {
      NETWORK.add(url.toString());
      throw new IOException("this test allows no network: " + url);
    }

    @Override
    protected URLConnection openConnection(URL url, Proxy proxy) throws IOException {
      return openConnection(url);
    }
  }

  private static void assertUnit(float[] vector) {
    assertEquals(384, vector.length);
    assertEquals(1.0, Math.sqrt(dot(vector, vector)), 1e-4);
  }

  private static double cosine(float[] a, float[] b) {
    return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}

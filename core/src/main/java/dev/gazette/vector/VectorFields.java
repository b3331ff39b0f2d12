package dev.gazette.vector;

import dev.gazette.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The fields holding an article's vector: the vector (unit length, compared by dot product) and
 * the hash of the text and model it was computed from, so an unchanged article keeps it.
 */
public final class VectorFields {
  /** The vector field, searched by k-nearest-neighbours. */
  public static final String VECTOR = "vector";
  /** The hash of the embedded text and the model's name. */
  public static final String HASH = "vector_hash";
  /**
   * Words of the body embedded after the title. A news article's lead carries its gist; the model
   * reads at most 512 word pieces, and its cost grows with the text.
   */
  static final int BODY_WORDS = 200;
  private static final int HASH_BYTES = 16;

  private VectorFields() {}

  /** The text of {@code article} that is embedded: its title, then the first words of its body. */
  public static String passage(Article article) {
    String[] words = article.bodyText().split("\\s+", BODY_WORDS + 1);
    String lead = String.join(" ", Arrays.copyOf(words, Math.min(words.length, BODY_WORDS))).strip();
    return article.title().isBlank() ? lead : article.title().strip() + "\n" + lead;
  }

  /** The hash identifying {@code passage} embedded by the model named {@code model}. */
  public static BytesRef hash(String model, String passage) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(model.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(passage.getBytes(StandardCharsets.UTF_8));
      return new BytesRef(Arrays.copyOf(digest.digest(), HASH_BYTES));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Adds {@code vector} (made unit length) and its {@code hash} to {@code doc}. */
  public static void addTo(Document doc, float[] vector, BytesRef hash) {
    doc.add(new KnnFloatVectorField(VECTOR, unit(vector), VectorSimilarityFunction.DOT_PRODUCT));
    doc.add(new BinaryDocValuesField(HASH, hash));
  }

  /** {@code vector} scaled to length 1 (a copy); a zero vector stays as it is. */
  public static float[] unit(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += v * v;
    }
    float[] unit = vector.clone();
    if (sum > 0) {
      float scale = (float) (1 / Math.sqrt(sum));
      for (int i = 0; i < unit.length; i++) {
        unit[i] *= scale;
      }
    }
    return unit;
  }
}

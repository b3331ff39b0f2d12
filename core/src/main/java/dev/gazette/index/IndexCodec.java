package dev.gazette.index;

import dev.gazette.suggest.PhrasePostingsFormat;
import dev.gazette.suggest.SuggestFields;
import dev.gazette.vector.VectorFields;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * Lucene's default codec with Gazette's three choices: autocomplete phrases written with each segment
 * ({@link PhrasePostingsFormat}), article vectors in an HNSW graph over vectors quantized to bytes,
 * a quarter of the memory of floats for a recall measured in docs/benchmarks.md, and titles and
 * bodies stored in smaller compressed blocks, so that showing a hit decompresses less
 * ({@link StoredFieldBlocks}).
 */
public final class IndexCodec {
  /** Neighbours per node of the HNSW graph: Lucene's default, so the graph's size is Lucene's. */
  static final int GRAPH_CONNECTIONS = 16;

  /**
   * Candidates weighed when an article joins the graph: 250 rather than Lucene's 100 builds a graph
   * whose searches find more of the true nearest (recall@10 on Reuters 0.94 → 0.96 searching 400),
   * paid once per article in the background, beside the model's far larger cost.
   */
  static final int GRAPH_BEAM_WIDTH = 250;

  private IndexCodec() {}

  /** The codec every index of Gazette is written with. */
  public static Codec codec() {
    PostingsFormat phrases = new PhrasePostingsFormat();
    KnnVectorsFormat vectors = new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE,
        GRAPH_CONNECTIONS, GRAPH_BEAM_WIDTH);
    Codec perField = new Lucene104Codec() {
      @Override
      public PostingsFormat getPostingsFormatForField(String field) {
        return SuggestFields.PHRASES.equals(field) ? phrases : super.getPostingsFormatForField(field);
      }

      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return VectorFields.VECTOR.equals(field) ? vectors : super.getKnnVectorsFormatForField(field);
      }
    };
    StoredFieldsFormat stored = new StoredFieldBlocks();
    return new FilterCodec(perField.getName(), perField) {
      @Override
      public StoredFieldsFormat storedFieldsFormat() {
        return stored;
      }
    };
  }
}

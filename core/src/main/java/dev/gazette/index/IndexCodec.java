package dev.gazette.index;

import dev.gazette.suggest.PhrasePostingsFormat;
import dev.gazette.suggest.SuggestFields;
import dev.gazette.vector.VectorFields;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;

/**
 * Lucene's default codec with Gazette's two choices: autocomplete phrases written with each segment
 * ({@link PhrasePostingsFormat}), and article vectors in an HNSW graph over vectors quantized to
 * bytes, a quarter of the memory of floats for a recall measured in docs/benchmarks.md.
 */
public final class IndexCodec {
  private IndexCodec() {}

  /** The codec every index of Gazette is written with. */
  public static Codec codec() {
    PostingsFormat phrases = new PhrasePostingsFormat();
    KnnVectorsFormat vectors = new Lucene104HnswScalarQuantizedVectorsFormat();
    return new Lucene104Codec() {
      @Override
      public PostingsFormat getPostingsFormatForField(String field) {
        return SuggestFields.PHRASES.equals(field) ? phrases : super.getPostingsFormatForField(field);
      }

      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return VectorFields.VECTOR.equals(field) ? vectors : super.getKnnVectorsFormatForField(field);
      }
    };
  }
}

package dev.gazette.vector;

import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Reads the vectors an index already holds, so unchanged text is never embedded twice. */
public final class StoredVectors {
  private StoredVectors() {}

  /**
   * The vector of the article {@code id} in {@code searcher}'s index if it was computed from text
   * with {@code hash}, which is asked for only when the article is there with a vector (a new
   * article costs one term lookup).
   */
  public static Optional<float[]> of(IndexSearcher searcher, String id, Supplier<BytesRef> hash) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return of(searcher, found.scoreDocs[0], hash);
  }

  /** The vector of the hit {@code hit} if it was computed from text with {@code hash}. */
  static Optional<float[]> of(IndexSearcher searcher, ScoreDoc hit, Supplier<BytesRef> hash) throws IOException {
    LeafReaderContext leaf = searcher.getIndexReader().leaves()
        .get(ReaderUtil.subIndex(hit.doc, searcher.getIndexReader().leaves()));
    int doc = hit.doc - leaf.docBase;
    BinaryDocValues hashes = leaf.reader().getBinaryDocValues(VectorFields.HASH);
    if (hashes == null || !hashes.advanceExact(doc) || !hashes.binaryValue().equals(hash.get())) {
      return Optional.empty();
    }
    return vector(leaf.reader(), doc);
  }

  /** The vector of document {@code doc} of {@code reader}, if it has one. */
  public static Optional<float[]> vector(LeafReader reader, int doc) throws IOException {
    FloatVectorValues values = reader.getFloatVectorValues(VectorFields.VECTOR);
    if (values == null) {
      return Optional.empty();
    }
    KnnVectorValues.DocIndexIterator iterator = values.iterator();
    if (iterator.advance(doc) != doc) {
      return Optional.empty();
    }
    return Optional.of(values.vectorValue(iterator.index()).clone());
  }
}

package dev.gazette.vector;

import dev.gazette.Article;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Reads the vectors an index already holds, so unchanged text is never embedded twice. */
public final class StoredVectors {
  private StoredVectors() {}

  /**
   * What an index holds for an article whose text is unchanged.
   *
   * @param vector the article's vector
   * @param hash the hash of the text it was computed from
   * @param passages its passages with their vectors ({@link PassageField}), or {@code null} when
   *     they are missing or came from other text, so they are embedded again
   */
  public record Kept(float[] vector, BytesRef hash, BytesRef passages) {
    /** Adds the vector and the passages to {@code doc}, the article's new document. */
    public void addTo(Document doc) {
      VectorFields.addTo(doc, vector, hash);
      if (passages != null) {
        PassageField.addTo(doc, passages);
      }
    }
  }

  /**
   * What {@code searcher}'s index holds for {@code article} if it holds it with a vector computed
   * by the model named {@code model} from the same text; the text is hashed only when the article
   * is there with a vector (a new article costs one term lookup).
   */
  public static Optional<Kept> kept(IndexSearcher searcher, String model, Article article) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, article.id())), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    int hit = found.scoreDocs[0].doc;
    LeafReaderContext leaf = searcher.getIndexReader().leaves()
        .get(ReaderUtil.subIndex(hit, searcher.getIndexReader().leaves()));
    LeafReader reader = leaf.reader();
    int doc = hit - leaf.docBase;
    BinaryDocValues hashes = reader.getBinaryDocValues(VectorFields.HASH);
    if (hashes == null || !hashes.advanceExact(doc)) {
      return Optional.empty();
    }
    BytesRef hash = VectorFields.hash(model, VectorFields.passage(article));
    if (!hashes.binaryValue().equals(hash)) {
      return Optional.empty();
    }
    Optional<float[]> vector = vector(reader, doc);
    return vector.isEmpty() ? Optional.empty()
        : Optional.of(new Kept(vector.get(), hash, passages(reader, doc, model, article)));
  }

  /** The passages of document {@code doc} if they were embedded by {@code model} from {@code article}'s text. */
  private static BytesRef passages(LeafReader reader, int doc, String model, Article article) throws IOException {
    BinaryDocValues values = reader.getBinaryDocValues(PassageField.FIELD);
    if (values == null || !values.advanceExact(doc)) {
      return null;
    }
    BytesRef stored = BytesRef.deepCopyOf(values.binaryValue());
    String body = article.bodyText();
    return PassageField.hash(stored).equals(Passages.hash(model, body, Passages.of(body))) ? stored : null;
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

package dev.gazette.vector;

import dev.gazette.analysis.Schema;
import dev.gazette.highlight.Html;
import dev.gazette.vector.Passages.Passage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * The snippet of a hit found by meaning alone, which has no word to mark: the passage of its body
 * closest to the query by the passages' stored vectors (no model runs at query time), HTML-escaped,
 * with {@code …} where the passage cuts a sentence. A hit without passages keeps the snippet it had
 * (the start of its lead).
 */
public final class PassageSnippets {
  private static final Set<String> BODY = Set.of(Schema.BODY);

  private PassageSnippets() {}

  /**
   * The passage of a document closest to a query.
   *
   * @param start offset of its first character in the body
   * @param end offset after its last character
   * @param cut whether it ends inside a sentence
   * @param similarity the dot product of the query's vector with the passage's
   */
  public record Closest(int start, int end, boolean cut, float similarity) {}

  /** The passage of document {@code doc} of {@code searcher} closest to {@code query} (unit length), if it has passages. */
  public static Optional<Closest> closest(IndexSearcher searcher, int doc, float[] query) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(PassageField.FIELD);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      return Optional.empty();
    }
    PassageField.Stored stored = PassageField.decode(values.binaryValue());
    Closest best = null;
    for (int i = 0; i < stored.passages().size(); i++) {
      float similarity = stored.similarity(i, query);
      if (best == null || similarity > best.similarity()) {
        Passage passage = stored.passages().get(i);
        best = new Closest(passage.start(), passage.end(), passage.cut(), similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The body snippet of each of {@code docs} that {@code meaningOnly} marks: its passage closest to
   * {@code query}, HTML-escaped; {@code null} for the others and for those without passages.
   */
  public static String[] of(IndexSearcher searcher, int[] docs, boolean[] meaningOnly, float[] query)
      throws IOException {
    String[] snippets = new String[docs.length];
    StoredFields stored = null;
    for (int i = 0; i < docs.length; i++) {
      Optional<Closest> closest = meaningOnly[i] ? closest(searcher, docs[i], query) : Optional.empty();
      if (closest.isEmpty()) {
        continue;
      }
      stored = stored == null ? searcher.storedFields() : stored;
      String body = stored.document(docs[i], BODY).get(Schema.BODY);
      Closest passage = closest.get();
      if (body != null && passage.end() <= body.length()) {
        snippets[i] = Html.escape(body.substring(passage.start(), passage.end())) + (passage.cut() ? "…" : "");
      }
    }
    return snippets;
  }
}

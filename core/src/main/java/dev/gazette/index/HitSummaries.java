package dev.gazette.index;

import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a search hit shows (id, title, date, haiku), kept in one small binary doc value per
 * article. A page of hits is then read without decompressing the stored-fields blocks that hold
 * whole articles, which cost most of the time of a plain top-ten search. Articles indexed before
 * this field existed are read from their stored fields instead.
 */
public final class HitSummaries {
  /** The doc-values field holding the summaries; hidden from statistics by its leading {@code $}. */
  public static final String FIELD = "$hit";
  private static final Set<String> STORED = Set.of(Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.HAIKU);
  private static final byte NO_DATE = 0;
  private static final byte DATED = 1;

  private HitSummaries() {}

  /**
   * What one hit shows.
   *
   * @param id article id
   * @param title plain title, empty when none
   * @param published publication instant, or {@code null}
   * @param haiku haiku lines joined by line breaks, or {@code null}
   */
  public record Summary(String id, String title, Instant published, String haiku) {}

  /** Adds to {@code doc}, an article document, the summary of its stored id, title, date and haiku. */
  public static void addTo(Document doc) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeString(doc.get(Schema.ID));
      out.writeString(orEmpty(doc.get(Schema.TITLE)));
      out.writeString(orEmpty(doc.get(Schema.HAIKU)));
      Long published = storedDate(doc);
      if (published == null) {
        out.writeByte(NO_DATE);
      } else {
        out.writeByte(DATED);
        out.writeZLong(published);
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    doc.add(new BinaryDocValuesField(FIELD, new BytesRef(out.toArrayCopy())));
  }

  /** The summaries of the documents {@code docIds} of {@code searcher}, in the same order. */
  public static Summary[] read(IndexSearcher searcher, int[] docIds) throws IOException {
    Summary[] summaries = new Summary[docIds.length];
    Integer[] byDoc = new Integer[docIds.length];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, (a, b) -> Integer.compare(docIds[a], docIds[b]));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    StoredFields stored = null;
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    for (int i : byDoc) {
      int doc = docIds[i];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = leaf.reader().getBinaryDocValues(FIELD);
      }
      if (values != null && values.advanceExact(doc - leaf.docBase)) {
        summaries[i] = decode(values.binaryValue());
      } else {
        stored = stored == null ? searcher.storedFields() : stored;
        summaries[i] = fromStored(stored.document(doc, STORED));
      }
    }
    return summaries;
  }

  private static Summary decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    String id = in.readString();
    String title = in.readString();
    String haiku = in.readString();
    Instant published = in.readByte() == DATED ? Instant.ofEpochMilli(in.readZLong()) : null;
    return new Summary(id, title, published, haiku.isEmpty() ? null : haiku);
  }

  private static Summary fromStored(Document doc) {
    IndexableField published = doc.getField(Schema.PUBLISHED);
    return new Summary(doc.get(Schema.ID), orEmpty(doc.get(Schema.TITLE)),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()), doc.get(Schema.HAIKU));
  }

  private static Long storedDate(Document doc) {
    for (IndexableField field : doc.getFields(Schema.PUBLISHED)) {
      if (field instanceof StoredField stored && stored.numericValue() != null) {
        return stored.numericValue().longValue();
      }
    }
    return null;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}

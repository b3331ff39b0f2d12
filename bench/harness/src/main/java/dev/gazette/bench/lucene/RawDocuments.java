package dev.gazette.bench.lucene;

import dev.gazette.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The baseline's documents: the fields a Gazette index holds, built the plain Lucene way. Text
 * fields are stored with offsets (for highlighting) beside an unstemmed twin; the date is a point,
 * a doc value, a stored value and a year/month/day facet; keyword codes and mentioned countries, people and organizations are facets.
 */
public final class RawDocuments {
  private static final FieldType STORED_WITH_OFFSETS = storedWithOffsets();

  private final RawSchema schema;

  /** Documents faceted as {@code schema} says. */
  public RawDocuments(RawSchema schema) {
    this.schema = schema;
  }

  /** The document of {@code article}, with {@code mentions} as its country, person and organization facets. */
  public Document of(Article article, Mentions mentions) {
    Document doc = new Document();
    doc.add(new StringField("id", article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField("id", new BytesRef(article.id())));
    text(doc, "title", article.title());
    text(doc, "haiku", String.join("\n", article.haiku()));
    text(doc, "body", article.bodyText());
    text(doc, "references", article.references());
    if (article.published() != null) {
      long millis = article.published().toEpochMilli();
      doc.add(new LongPoint("published", millis));
      doc.add(new NumericDocValuesField("published", millis));
      doc.add(new StoredField("published", millis));
      ZonedDateTime utc = article.published().atZone(ZoneOffset.UTC);
      doc.add(new SortedSetDocValuesFacetField("published", String.format("%04d", utc.getYear()),
          String.format("%02d", utc.getMonthValue()), String.format("%02d", utc.getDayOfMonth())));
    }
    for (Map.Entry<String, List<String>> facet : article.facets().entrySet()) {
      for (String value : facet.getValue()) {
        doc.add(new StoredField("source_facets", facet.getKey() + '\u001f' + value));
        doc.add(new SortedSetDocValuesFacetField(facet.getKey(), value));
      }
    }
    mentions.countries().forEach(country -> doc.add(new SortedSetDocValuesFacetField("country", country)));
    mentions.people().forEach(person -> doc.add(new SortedSetDocValuesFacetField("person", person)));
    mentions.organizations().forEach(org -> doc.add(new SortedSetDocValuesFacetField("organization", org)));
    try {
      return schema.facets().build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(Document doc, String field, String text) {
    if (!text.isEmpty()) {
      doc.add(new Field(field, text, STORED_WITH_OFFSETS));
      doc.add(new TextField(field + ".exact", text, Field.Store.NO));
    }
  }

  private static FieldType storedWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

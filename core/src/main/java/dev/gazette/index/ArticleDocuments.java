package dev.gazette.index;

import dev.gazette.Article;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetDimensions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/** Turns articles into Lucene documents and stored documents back into articles. */
public final class ArticleDocuments {
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final char SEPARATOR = '\u001f';

  private final FacetsConfig facetsConfig;
  private final Supplier<MentionFinder> finders;
  /** The finder, once the first document needed it. */
  private volatile MentionFinder finder;

  /**
   * Documents faceted by {@code facetsConfig}, with the countries, people and organizations found
   * by the finder {@code finders} supplies. The finder is asked for on the first document, not
   * before: loading its word lists takes a noticeable part of opening an index, and an index that
   * is only searched never needs them.
   */
  public ArticleDocuments(FacetsConfig facetsConfig, Supplier<MentionFinder> finders) {
    this.facetsConfig = facetsConfig;
    this.finders = finders;
  }

  /** The Lucene document of {@code article}, facets built. */
  public Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(article.id())));
    String haiku = String.join("\n", article.haiku());
    String body = article.bodyText();
    addText(doc, Schema.TITLE, article.title());
    addText(doc, Schema.HAIKU, haiku);
    addText(doc, Schema.BODY, body);
    addText(doc, Schema.REFERENCES, article.references());
    if (article.published() != null) {
      addPublished(doc, article.published());
    }
    if (article.url() != null) {
      doc.add(new StoredField(Schema.URL, article.url()));
    }
    addKeyword(doc, Schema.AUTHOR, article.author());
    addKeyword(doc, Schema.SECTION, article.section());
    addKeyword(doc, Schema.LANGUAGE, article.language());
    article.tags().forEach(tag -> addKeyword(doc, Schema.TAGS, tag));
    article.facets().forEach((dimension, values) -> addSourceFacet(doc, dimension, values));
    // Countries are read in the references too; people and organizations in the texts only.
    MentionFinder.Mentions mentions = finder().find(article.references(), article.title(), haiku, body);
    mentions.countries().forEach(country -> doc.add(new SortedSetDocValuesFacetField(Schema.COUNTRY, country)));
    mentions.people().forEach(person -> doc.add(new SortedSetDocValuesFacetField(Schema.PERSON, person)));
    mentions.organizations().forEach(org -> doc.add(new SortedSetDocValuesFacetField(Schema.ORGANIZATION, org)));
    try {
      return facetsConfig.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article stored in {@code doc}. */
  public static Article toArticle(Document doc) {
    IndexableField published = doc.getField(Schema.PUBLISHED);
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (String entry : doc.getValues(Schema.SOURCE_FACETS)) {
      int split = entry.indexOf(SEPARATOR);
      facets.computeIfAbsent(entry.substring(0, split), d -> new ArrayList<>()).add(entry.substring(split + 1));
    }
    return new Article(
        doc.get(Schema.ID),
        doc.get(Schema.TITLE),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        lines(doc.get(Schema.HAIKU), "\n"),
        lines(doc.get(Schema.BODY), "\n\n"),
        doc.get(Schema.REFERENCES),
        doc.get(Schema.URL),
        doc.get(Schema.AUTHOR),
        doc.get(Schema.SECTION),
        Arrays.asList(doc.getValues(Schema.TAGS)),
        doc.get(Schema.LANGUAGE),
        facets);
  }

  /** The year/month/day facet path of {@code instant}, in UTC. */
  public static String[] datePath(Instant instant) {
    ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
    return new String[] {
      String.format("%04d", utc.getYear()),
      String.format("%02d", utc.getMonthValue()),
      String.format("%02d", utc.getDayOfMonth())
    };
  }

  private static void addText(Document doc, String field, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    doc.add(new Field(field, text, TEXT_WITH_OFFSETS));
    doc.add(new TextField(field + Schema.EXACT, text, Field.Store.NO));
  }

  private static void addPublished(Document doc, Instant published) {
    long millis = published.toEpochMilli();
    doc.add(new LongPoint(Schema.PUBLISHED, millis));
    doc.add(new NumericDocValuesField(Schema.PUBLISHED, millis));
    doc.add(new StoredField(Schema.PUBLISHED, millis));
    doc.add(new SortedSetDocValuesFacetField(Schema.PUBLISHED, datePath(published)));
  }

  private static void addKeyword(Document doc, String field, String value) {
    if (value == null || FacetDimensions.label(value).isEmpty()) {
      return;
    }
    doc.add(new StoredField(field, value));
    doc.add(new SortedSetDocValuesFacetField(field, FacetDimensions.label(value)));
  }

  private static void addSourceFacet(Document doc, String dimension, List<String> values) {
    String dim = FacetDimensions.label(dimension);
    if (dim.isEmpty() || dim.equals(Schema.PUBLISHED)) {
      return;
    }
    for (String value : new LinkedHashSet<>(values)) {
      String label = value == null ? "" : FacetDimensions.label(value);
      if (!label.isEmpty()) {
        doc.add(new StoredField(Schema.SOURCE_FACETS, dim + SEPARATOR + value));
        doc.add(new SortedSetDocValuesFacetField(dim, label));
      }
    }
  }

  private static List<String> lines(String joined, String separator) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(separator, -1));
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private MentionFinder finder() {
    MentionFinder known = finder;
    if (known == null) {
      known = finders.get();
      finder = known;
    }
    return known;
  }
}

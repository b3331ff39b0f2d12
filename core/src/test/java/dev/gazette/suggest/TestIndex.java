package dev.gazette.suggest;

import dev.gazette.index.IndexCodec;

import dev.gazette.Article;
import dev.gazette.GazetteConfig;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.index.ArticleDocuments;
import dev.gazette.index.HitSummaries;
import dev.gazette.index.IndexCodec;
import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/** A Gazette index in memory, written as the engine writes it (autocomplete fields and hit summaries included), for autocomplete tests. */
final class TestIndex implements Closeable {
  private final ArticleDocuments documents = new ArticleDocuments(new FacetDimensions(), MentionFinder::standard);
  private final SuggestFields suggestFields = new SuggestFields();
  private final IndexWriter writer;

  TestIndex() throws IOException {
    this(new ByteBuffersDirectory(), true);
  }

  /** An index in {@code directory}, closed with it; segments in compound files or not. */
  TestIndex(Directory directory, boolean compound) throws IOException {
    Schema schema = new Schema(AnalysisSettings.of(GazetteConfig.defaults()));
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(compound ? merges.getNoCFSRatio() : 0);
    writer = new IndexWriter(directory, new IndexWriterConfig(schema.analyzer())
        .setCodec(IndexCodec.codec()).setUseCompoundFile(compound).setMergePolicy(merges));
  }

  /** An article published at noon UTC on {@code date} (yyyy-mm-dd), or undated when it is null. */
  static Article article(String id, String title, String date, String body) {
    return Article.of(id, title, date == null ? null : Instant.parse(date + "T12:00:00Z"), List.of(body));
  }

  /** Adds or replaces {@code articles}. */
  TestIndex add(Article... articles) throws IOException {
    for (Article article : articles) {
      Document doc = documents.toDocument(article);
      suggestFields.addTo(doc);
      HitSummaries.addTo(doc);
      writer.updateDocument(new Term(Schema.ID, article.id()), doc);
    }
    return this;
  }

  /** Adds {@code articles} as a Gazette that did not index the starts of title words wrote them. */
  TestIndex addWithoutTitleStarts(Article... articles) throws IOException {
    for (Article article : articles) {
      Document doc = documents.toDocument(article);
      suggestFields.addTo(doc);
      doc.removeFields(SuggestFields.TITLE_STARTS);
      HitSummaries.addTo(doc);
      writer.updateDocument(new Term(Schema.ID, article.id()), doc);
    }
    return this;
  }

  /** Deletes the article {@code id}. */
  void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(Schema.ID, id));
  }

  /** Near-real-time searchers of this index, as the engine uses them; the caller closes it. */
  SearcherManager searchers() throws IOException {
    return new SearcherManager(writer, null);
  }

  /** Writes everything added so far into segments of its own, as a refresh does. */
  void flush() throws IOException {
    writer.flush();
  }

  /** Commits everything written so far. */
  void commit() throws IOException {
    writer.commit();
  }

  /** Merges every segment into one. */
  void forceMerge() throws IOException {
    writer.forceMerge(1);
  }

  /** The writer, for tests that hook into it. */
  IndexWriter writer() {
    return writer;
  }

  /** A reader of everything written so far; the caller closes it. */
  DirectoryReader reader() throws IOException {
    return DirectoryReader.open(writer);
  }

  @Override
  public void close() throws IOException {
    suggestFields.close();
    writer.close();
    writer.getDirectory().close();
  }
}

package dev.gazette.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gazette.Article;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult.Hit;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetDimensions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hits show the same id, title, date and haiku whether read from summaries or, for older documents, stored fields. */
class HitSummariesTest {
  private static final Instant DATE = Instant.parse("2024-06-19T11:03:00Z");
  private static final Article HAIKU = new Article("h1", "Harbour lights at dawn", DATE,
      List.of("Cranes lift the morning,", "harbour lights go out one by one,", "ships wait for the tide."),
      List.of("The harbour reopened after the storm."), "", null, null, null, List.of(), null, Map.of());
  private static final Article PLAIN = Article.of("p1", "", null, List.of("A harbour with no title or date."));

  @Test
  void hitsShowWhatWasIndexed() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(List.of(HAIKU, PLAIN));
      gazette.refresh();
      assertShown(gazette);
    }
  }

  @Test
  void documentsIndexedWithoutSummariesAreReadFromStoredFields(@TempDir Path dir) throws Exception {
    ArticleDocuments documents =
        new ArticleDocuments(new FacetDimensions(), MentionFinder::standard);
    Schema schema = new Schema(AnalysisSettings.of(GazetteConfig.defaults()));
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(schema.analyzer()))) {
      for (Article article : List.of(HAIKU, PLAIN)) {
        writer.updateDocument(new Term(Schema.ID, article.id()), documents.toDocument(article));
      }
      writer.commit();
    }
    try (Gazette gazette = Gazette.open(dir)) {
      assertShown(gazette);
    }
  }

  private static void assertShown(Gazette gazette) {
    List<Hit> hits = gazette.search(SearchRequest.builder().query("harbour").sort(SearchRequest.Sort.NEWEST).build()).hits();
    assertEquals(List.of("h1", "p1"), hits.stream().map(Hit::id).toList());
    assertEquals("Harbour lights at dawn", hits.get(0).title());
    assertEquals(DATE, hits.get(0).published());
    assertEquals(HAIKU.haiku(), hits.get(0).haiku());
    assertEquals("", hits.get(1).title());
    assertNull(hits.get(1).published());
    assertEquals(List.of(), hits.get(1).haiku());
  }
}

package dev.gazette.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Article;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.facet.FacetDimensions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/**
 * The mention finder's word lists are loaded for the first document, not when an index opens, and
 * once: an index that is only searched never loads them.
 */
class ArticleDocumentsTest {
  @Test
  void theMentionFinderIsAskedForOnTheFirstDocumentOnly() {
    AtomicInteger asked = new AtomicInteger();
    ArticleDocuments documents = new ArticleDocuments(new FacetDimensions(), () -> {
      asked.incrementAndGet();
      return MentionFinder.standard();
    });
    assertEquals(0, asked.get(), "nothing loaded before a document is built");
    Article article = Article.of("a1", "Talks in Tokyo", Instant.parse("2024-05-01T00:00:00Z"),
        List.of("Japan and Brazil agreed on coffee prices, Reuters reported."));
    Document first = documents.toDocument(article);
    documents.toDocument(Article.of("a2", "More talks", Instant.parse("2024-05-02T00:00:00Z"), List.of("Brazil again.")));
    assertEquals(1, asked.get());
    List<String> facetValues = first.getFields().stream().map(IndexableField::binaryValue).filter(Objects::nonNull)
        .map(bytes -> new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8)).toList();
    assertTrue(facetValues.stream().anyMatch(value -> value.contains("Brazil")), "the country found: " + facetValues);
  }
}

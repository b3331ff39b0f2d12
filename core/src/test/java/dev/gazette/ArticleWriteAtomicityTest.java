package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each article is written whole or not at all: a refused one leaves the index as it was (an older
 * version of it included) while the others of a load go in; an article needs a title or a body.
 */
class ArticleWriteAtomicityTest {
  @TempDir Path dir;

  @Test
  void aRefusedReplacementLeavesTheStoredArticleUntouched() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsert(Articles.article("x", "Original", "2024-06-19", "Original body."));
      Article tooLong = Articles.withFacets("x", "Replacement", "2024-06-20",
          Map.of("topics", List.of("t".repeat(Gazette.MAX_FACET_LENGTH + 1))), "Replacement body.");
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> gazette.upsert(tooLong));
      assertTrue(e.getMessage().contains("topics"), e.getMessage());
      gazette.refresh();
      assertEquals("Original", gazette.get("x").orElseThrow().title());
      assertEquals(1, gazette.search(SearchRequest.of("original")).total());
      assertEquals(0, gazette.search(SearchRequest.of("replacement")).total());
    }
  }

  @Test
  void anArticleNeedsATitleOrABody() {
    try (Gazette gazette = Gazette.inMemory()) {
      Article empty = Article.of("empty", " ", null, List.of("", "  "));
      assertThrows(InvalidRequestException.class, () -> gazette.upsert(empty));
      gazette.upsert(Article.of("title-only", "Just a headline", null, List.of()));
      gazette.upsert(Article.of("body-only", "", null, List.of("Just a paragraph.")));
      assertTrue(gazette.get("empty").isEmpty());
      assertTrue(gazette.get("title-only").isPresent());
      assertTrue(gazette.get("body-only").isPresent());
    }
  }

  @Test
  void aLoadRejectsOnlyTheBadArticles() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"one\", \"title\": \"First\"}",
        "{\"id\": \"long-topic\", \"title\": \"Second\", \"topics\": [\"" + "t".repeat(Gazette.MAX_FACET_LENGTH + 1) + "\"]}",
        "{\"id\": \"nothing\"}",
        "{\"id\": \"long-author\", \"title\": \"Fourth\", \"author\": \"" + "a".repeat(9000) + "\"}",
        "{\"id\": \"five\", \"body\": \"Fifth, without a title.\"}") + "\n");
    try (Gazette gazette = Gazette.inMemory()) {
      IngestReport report = gazette.load(ArticleReader.of(file));
      gazette.refresh();
      assertEquals(2, report.accepted(), report.toString());
      assertEquals(3, report.rejected(), report.toString());
      assertEquals(2, gazette.search(SearchRequest.of("")).total());
      assertTrue(gazette.get("one").isPresent() && gazette.get("five").isPresent());
      assertTrue(report.rejections().stream().anyMatch(r -> r.reason().contains("neither a title nor a body")),
          report.toString());
    }
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.IngestReport.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one id rule ({@link Article#checkId}) at every door of core: the check itself, upsert, and the readers through load. */
class ArticleIdRuleTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"a", "0388dada9763fdad", "reuters.jsonl:12", "feeds/2024/06/a.json[3]", "a/b\\c", "what?v=2",
      "50% off", "l'économie", "新闻-1", "emoji \uD83D\uDCF0 id", "..", "#frag", "a;b"})
  void idsWithinTheRuleAreAccepted(String id) {
    assertDoesNotThrow(() -> Article.checkId(id));
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsert(Articles.article(id, "Title", "2024-06-19", "Body."));
      assertEquals(id, gazette.get(id).orElseThrow().id());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " lead", "trail ", "tab\tinside", "nul\u0000", "line\nbreak", "del\u007f", "c1\u0085",
      "half \uD83D surrogate"})
  void idsBreakingTheRuleAreRefused(String id) {
    assertEquals("id", assertThrows(InvalidRequestException.class, () -> Article.checkId(id)).parameter());
  }

  @Test
  void theLimitIsInUtf8BytesNotCharacters() {
    assertDoesNotThrow(() -> Article.checkId("a".repeat(Article.MAX_ID_BYTES)));
    assertThrows(InvalidRequestException.class, () -> Article.checkId("a".repeat(Article.MAX_ID_BYTES + 1)));
    String twoByte = "é".repeat(Article.MAX_ID_BYTES / 2);
    assertDoesNotThrow(() -> Article.checkId(twoByte));
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Article.checkId(twoByte + "é"));
    assertTrue(e.getMessage().contains("514"), e.getMessage());
  }

  @Test
  void upsertAndUpsertAllRefuseBadIdsAndWriteNothing() {
    try (Gazette gazette = Gazette.inMemory()) {
      Article bad = Articles.article(" padded", "Title", "2024-06-19", "Body.");
      assertEquals("id", assertThrows(InvalidRequestException.class, () -> gazette.upsert(bad)).parameter());
      Article good = Articles.article("good", "Title", "2024-06-19", "Body.");
      assertThrows(InvalidRequestException.class, () -> gazette.upsertAll(List.of(good, bad)));
      gazette.refresh();
      assertTrue(gazette.get("good").isEmpty(), "upsertAll checks every article before writing any");
      assertEquals(0, gazette.search(SearchRequest.of("")).total());
    }
  }

  @Test
  void theJsonReaderTakesIdsExactlyAndRejectsBadOnesWithTheirLine() throws IOException {
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"id\": \"a/b?c\", \"title\": \"Kept as sent\"}",
        "{\"id\": \" padded \", \"title\": \"Not trimmed\"}",
        "{\"id\": \"" + "x".repeat(Article.MAX_ID_BYTES + 1) + "\", \"title\": \"Too long\"}",
        "{\"title\": \"No id: rejected, unless the mapping generates ids\"}") + "\n");
    try (Gazette gazette = Gazette.inMemory()) {
      IngestReport report = gazette.load(ArticleReader.of(file));
      assertEquals(1, report.accepted(), report.toString());
      assertEquals(3, report.rejected(), report.toString());
      List<Long> lines = new ArrayList<>(report.rejections().stream().map(Rejection::line).toList());
      assertEquals(List.of(2L, 3L, 4L), lines, report.toString());
      assertTrue(report.rejections().get(0).reason().contains("whitespace"), report.toString());
      assertTrue(gazette.get("a/b?c").isPresent());
      assertTrue(gazette.get("padded").isEmpty());
    }
  }
}

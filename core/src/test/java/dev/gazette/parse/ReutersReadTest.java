package dev.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.IngestReport;
import dev.gazette.TestData;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reads the whole Reuters-21578 corpus (shared research data; skipped when absent). */
class ReutersReadTest {

  @Test
  void readsEveryReutersArticleWithItsFacets() {
    Path corpus = TestData.sharedData("reuters21578/reuters21578.jsonl.gz");
    List<String> ids = new ArrayList<>();
    long[] earn = {0};
    Article[] first = {null};

    IngestReport report =
        ArticleReader.of(corpus)
            .read(
                article -> {
                  ids.add(article.id());
                  if (article.facets().getOrDefault("topics", List.of()).contains("earn")) {
                    earn[0]++;
                  }
                  if (first[0] == null) {
                    first[0] = article;
                  }
                });

    assertEquals(new IngestReport(21_578, 0, List.of()), report);
    assertEquals(IntStream.rangeClosed(1, 21_578).mapToObj(String::valueOf).toList(), ids);
    assertEquals(3_987, earn[0]);
    Article cocoa = first[0];
    assertEquals("BAHIA COCOA REVIEW", cocoa.title());
    assertEquals(Instant.parse("1987-02-26T15:01:01Z"), cocoa.published());
    assertEquals(
        Map.of("topics", List.of("cocoa"), "places", List.of("el-salvador", "usa", "uruguay"),
            "country", List.of("El Salvador", "United States", "Uruguay")),
        cocoa.facets());
    assertTrue(cocoa.bodyText().startsWith("Showers continued throughout the week in\nthe Bahia"));
  }
}

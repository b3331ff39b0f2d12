package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Gazette#export} hands out whole articles, all or a query's; {@link Gazette#load(ArticleReader, java.util.function.LongConsumer)} counts as it reads. */
class GazetteExportTest {
  @TempDir Path temp;

  @Test
  void exportHandsOutEveryArticleWholeInIndexOrderWithoutTheDeletedOnes() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(Articles.archive());
      gazette.delete("a2");
      gazette.refresh();
      List<Article> exported = new ArrayList<>();

      assertEquals(4, gazette.export(exported::add));

      List<Article> expected = new ArrayList<>(Articles.archive());
      expected.remove(1);
      assertEquals(expected, exported);
    }
  }

  @Test
  void exportOfARequestFollowsItsFiltersAndSortPastOnePage() {
    try (Gazette gazette = Gazette.inMemory()) {
      gazette.upsertAll(Articles.archive());
      for (int n = 0; n < 150; n++) {
        gazette.upsert(Articles.article("w" + n, "Wheat note " + n, "2021-01-01", "wheat"));
      }
      gazette.refresh();

      List<String> grain = new ArrayList<>();
      gazette.export(SearchRequest.builder().filter("topics", "grain").sort(SearchRequest.Sort.NEWEST).size(1).build(),
          article -> grain.add(article.id()));
      assertEquals(List.of("a3", "a4", "a5"), grain);

      List<Article> wheat = new ArrayList<>();
      assertEquals(152, gazette.export(SearchRequest.of("wheat"), wheat::add), "a3, a4 and the 150 notes");
      assertEquals(152, wheat.stream().map(Article::id).distinct().count(), "each once, across two cursor pages");
      assertEquals(List.of("wheat"), wheat.stream().filter(a -> a.id().equals("w7")).findFirst().orElseThrow().body());
    }
  }

  @Test
  void loadTellsHowManyArticlesItHasReadSoFar() throws IOException {
    Path file = Files.writeString(temp.resolve("news.jsonl"), """
        {"id": "1", "title": "One"}
        {"title": "no id"}
        {"id": "2", "title": "Two"}
        {"id": "3", "title": "Three"}
        """);
    try (Gazette gazette = Gazette.inMemory()) {
      List<Long> counts = new ArrayList<>();

      IngestReport report = gazette.load(ArticleReader.of(file), counts::add);

      assertEquals(List.of(1L, 2L, 3L), counts);
      assertEquals(3, report.accepted());
      assertEquals(1, report.rejected());
    }
  }
}

package dev.gazette.embeddings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.Article;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With the bundled model, a hit found by meaning alone shows the paragraph the query is about. */
class PassageSnippetModelTest {
  private static final List<String> PARAGRAPHS = List.of(
      "The city council met on Tuesday to agree next year's budget, and members argued for two hours over the cost "
          + "of repairing the roof of the old public library before the vote.",
      "Forecasters warned that the weekend would bring heavy rain and strong winds to the valley, and residents "
          + "were told to clear their gutters and tie down garden furniture.",
      "The central bank raised its benchmark interest rate by half a point, saying inflation had stayed too high "
          + "for too long and that borrowing costs might have to rise again.",
      "In sport, the town's football club won the cup final on penalties after a goalless draw, and supporters "
          + "celebrated in the square until the early hours.");

  @Test
  void aQueryAboutTheThirdParagraphShowsThatParagraph() {
    GazetteConfig config = GazetteConfig.defaults()
        .withSemantic(s -> s.embedder(BundledEmbedder.load(2)).background(false));
    try (Gazette gazette = Gazette.inMemory(config)) {
      gazette.upsert(Article.of("roundup", "Around the town this week", Instant.parse("2024-03-01T12:00:00Z"),
          PARAGRAPHS));
      gazette.upsert(Article.of("fair", "Fair comes to town", Instant.parse("2024-03-02T12:00:00Z"),
          List.of("The summer fair opened with rides, music and food stalls on the common.")));
      gazette.embedAll(done -> {});
      SearchResult result = gazette.search(SearchRequest.of("what did policymakers decide about monetary tightening"));
      SearchResult.Hit hit = result.hits().stream().filter(h -> h.id().equals("roundup")).findFirst().orElseThrow();
      assertEquals(List.of(PARAGRAPHS.get(2)), hit.snippets().body());
    }
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Body passages cut at sentences, and matches marked in every hit, whatever segment it is in. */
class SnippetPassagesTest {
  private static final String LONG_BODY = String.join(" ",
      "The Treasury said on Tuesday it would sell more bills this quarter.",
      "Dealers had expected a smaller offering, given the 5.93 pct yield of last month.",
      "Prices fell 12 cts vs. a year ago, and the dollar weakened against the yen.",
      "Analysts at Chicago-based and U.S.-based firms said the cocoa auction drew strong bids.",
      "Officials met at 12:01 A.M. (0401 GMT) to discuss the results with the bankers.",
      "Trading in bonds was quiet for the rest of the session, dealers said.",
      "Exporters shipped record volumes of grain to Europe and Asia in March.",
      "The central bank left its discount rate unchanged at six pct.");

  static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    gazette.upsert(Articles.article("long", "Quarterly bill sales", "1987-03-02", LONG_BODY));
    gazette.upsert(Articles.article("hyphen", "Trade hearing", "1987-03-02", String.join(" ",
        "The committee heard from growers, shippers, lenders and brokers from across the region during a long",
        "session of testimony on trade and U.S.-based exporters said the tea tender drew strong bids. Prices rose.")));
    gazette.commit();
    for (int batch = 0; batch < 3; batch++) {
      for (int i = 0; i < 4; i++) {
        gazette.upsert(Articles.article("s" + batch + "-" + i, "Cocoa report " + batch, "1987-03-0" + (i + 1),
            "Cocoa arrivals rose in batch " + batch + ". Sanctions on exports were lifted.",
            "Dealers expect sanctions to return next season."));
      }
      gazette.commit();
    }
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  @Test
  void passagesAreWholeSentencesAndAbbreviationsDoNotCutThem() {
    List<String> body = gazette.search(SearchRequest.of("auction")).hits().get(0).snippets().body();
    assertEquals(1, body.size(), body.toString());
    String passage = body.get(0);
    assertTrue(passage.contains("Chicago-based and U.S.-based firms said the cocoa <mark>auction</mark> drew strong bids."),
        passage);
    assertTrue(Character.isUpperCase(passage.charAt(0)) && passage.endsWith("."), passage);
  }

  @Test
  void aHyphenAfterAnAbbreviationDoesNotStartAPassage() {
    String passage = gazette.search(SearchRequest.of("tender")).hits().get(0).snippets().body().get(0);
    assertTrue(passage.startsWith("The committee heard"), passage);
    assertTrue(passage.contains("U.S.-based exporters said the tea <mark>tender</mark> drew strong bids."), passage);
  }

  @Test
  void numbersAbbreviationsAndBracketsStayInsideASentence() {
    String vs = gazette.search(SearchRequest.of("weakened")).hits().get(0).snippets().body().get(0);
    assertTrue(vs.contains("Prices fell 12 cts vs. a year ago, and the dollar <mark>weakened</mark>"), vs);
    String gmt = gazette.search(SearchRequest.of("bankers")).hits().get(0).snippets().body().get(0);
    assertTrue(gmt.contains("Officials met at 12:01 A.M. (0401 GMT) to discuss the results with the <mark>bankers</mark>."),
        gmt);
  }

  @Test
  void everyHitIsMarkedAcrossSegments() {
    SearchResult result = gazette.search(SearchRequest.builder().query("sanctions").size(20).build());
    assertEquals(12, result.total());
    for (SearchResult.Hit hit : result.hits()) {
      String body = String.join(" ", hit.snippets().body());
      assertTrue(body.contains("<mark>Sanctions</mark> on exports") && body.contains("expect <mark>sanctions</mark>"),
          hit.id() + ": " + body);
    }
  }

  @Test
  void aFieldQueryMarksOnlyItsField() {
    SearchResult result = gazette.search(SearchRequest.builder().query("title:cocoa").size(20).build());
    assertEquals(12, result.total());
    for (SearchResult.Hit hit : result.hits()) {
      assertTrue(hit.snippets().title().startsWith("<mark>Cocoa</mark> report"), hit.snippets().title());
      assertFalse(String.join(" ", hit.snippets().body()).contains("<mark>"), hit.snippets().body().toString());
    }
  }

  @Test
  void nearMissesAreMarkedWhenOnlyTheyMatch() {
    SearchResult result = gazette.search(SearchRequest.builder().query("sanctoins").size(20).build());
    assertTrue(result.typoTolerant());
    assertEquals(12, result.total());
    for (SearchResult.Hit hit : result.hits()) {
      assertTrue(String.join(" ", hit.snippets().body()).contains("<mark>Sanctions</mark>"), hit.snippets().body().toString());
    }
  }

  @Test
  void aWordInBothTitleAndBodyIsMarkedInBoth() {
    SearchResult.Hit hit = gazette.search(SearchRequest.of("cocoa report 2")).hits().get(0);
    assertEquals("<mark>Cocoa report 2</mark>", hit.snippets().title());
    assertTrue(hit.snippets().body().get(0).startsWith("<mark>Cocoa</mark> arrivals"), hit.snippets().body().toString());
  }
}

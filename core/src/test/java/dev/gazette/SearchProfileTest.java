package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Profile;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The request profiles: the default with its extras, and the fast one without them. */
class SearchProfileTest {
  static Gazette gazette;

  @BeforeAll
  static void index() {
    gazette = Gazette.inMemory();
    gazette.upsertAll(Articles.archive());
    gazette.upsert(Articles.article("old", "Wheat harvest report", "2019-03-03", "The wheat harvest was weak, wheat farmers said."));
    gazette.upsert(Articles.article("new", "Wheat harvest update", "2024-06-20", "The wheat harvest improved."));
    gazette.refresh();
  }

  @AfterAll
  static void close() {
    gazette.close();
  }

  @Test
  void theDefaultProfileIsTheBuilderDefaultWithEveryExtraOn() {
    SearchRequest plain = SearchRequest.builder().query("wheat").build();
    assertEquals(plain, SearchRequest.builder().query("wheat").profile(Profile.DEFAULT).build());
    assertTrue(plain.highlight() && plain.typoTolerance() && plain.didYouMean() && plain.feedback());
  }

  @Test
  void theFastProfileTurnsTheFourExtrasOffAndNothingElse() {
    SearchRequest fast = SearchRequest.builder().query("wheat").facets("country").size(5).profile(Profile.FAST).build();
    assertFalse(fast.highlight() || fast.typoTolerance() || fast.didYouMean() || fast.feedback());
    assertEquals(SearchRequest.builder().query("wheat").facets("country").size(5).highlight(false).typoTolerance(false)
        .didYouMean(false).feedback(false).build(), fast);
  }

  @Test
  void aSwitchSetAfterTheProfileWinsAndOneSetBeforeDoesNot() {
    SearchRequest after = SearchRequest.builder().profile(Profile.FAST).highlight(true).build();
    assertTrue(after.highlight());
    assertFalse(after.typoTolerance());
    assertFalse(SearchRequest.builder().highlight(true).profile(Profile.FAST).build().highlight());
    assertThrows(NullPointerException.class, () -> SearchRequest.builder().profile(null));
  }

  @Test
  void aFastSearchFindsWhatTheDefaultFindsWithoutSnippetsOrCorrections() {
    SearchResult full = gazette.search(SearchRequest.of("wheat harvest"));
    SearchResult fast = gazette.search(SearchRequest.builder().query("wheat harvest").profile(Profile.FAST).build());
    assertEquals(full.total(), fast.total());
    assertEquals(ids(full), ids(fast));
    assertNotNull(full.hits().get(0).snippets());
    assertNull(fast.hits().get(0).snippets());
  }

  @Test
  void aFastSearchOfAMisspellingFindsNothingAndSuggestsNothing() {
    SearchResult full = gazette.search(SearchRequest.of("harvset"));
    assertTrue(full.typoTolerant());
    assertEquals("harvest", full.didYouMean());
    SearchResult fast = gazette.search(SearchRequest.builder().query("harvset").profile(Profile.FAST).build());
    assertEquals(0, fast.total());
    assertFalse(fast.typoTolerant());
    assertNull(fast.didYouMean());
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}

package dev.gazette.suggest;

import dev.gazette.InvalidRequestException;
import dev.gazette.Suggestion.Kind;
import dev.gazette.Suggestion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static dev.gazette.suggest.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutocompleteTest {
  private final List<Runnable> queued = new ArrayList<>();
  private TestIndex index;
  private DirectoryReader reader;
  private Autocomplete autocomplete;

  @BeforeEach
  void indexArticles() throws IOException {
    index = new TestIndex().add(
        article("a1", "Russia and North Korea sign a pact", "2024-06-19",
            "Leaders of Russia and North Korea met in the Far East."),
        article("a2", "North Korean missile test", "2024-07-01",
            "North Korea fired a missile; North Korean state media said it was a test."),
        article("a3", "Talks stall", "2024-05-02", "The north korea question remains open, officials said."),
        article("a4", "NORTH KOREA WELCOMES CONTACT WITH U.S. DIPLOMATS", "1987-03-12",
            "Pyongyang said it welcomed contact. North Korean officials met in North Kingstown."),
        article("a5", "Café culture in Zürich", null, "Northern cafés are busy in winter."),
        article("a6", "Northern lights seen over Norway", "2024-01-03", "Northern skies glowed for hours."));
    reader = index.reader();
    autocomplete = new Autocomplete(2, queued::add);
  }

  @AfterEach
  void close() throws IOException {
    queued.forEach(Runnable::run);
    autocomplete.close();
    reader.close();
    index.close();
  }

  @Test
  void titlesContainingTheTypedWordsComeLatestFirstWithTheTypedPartMarked() {
    List<Suggestion> titles = titles(autocomplete.suggest(reader, "north ko", 10, "<b>", "</b>"));
    assertEquals(List.of("a2", "a1", "a4"), titles.stream().map(Suggestion::articleId).toList());
    assertEquals("<b>North Ko</b>rean missile test", titles.get(0).highlighted());
    assertEquals("Russia and <b>North Ko</b>rea sign a pact", titles.get(1).highlighted());
    assertEquals("<b>NORTH KO</b>REA WELCOMES CONTACT WITH U.S. DIPLOMATS", titles.get(2).highlighted());
    assertEquals("Russia and North Korea sign a pact", titles.get(1).text());
  }

  @Test
  void titlesWithTheTypedWordsSideBySideComeFirstOnOneLine() throws IOException {
    index.add(article("o1", "Crude oil\n  prices rise", "2024-01-01", "Oil."),
        article("o2", "Problems pulling out of oil futures", "2024-08-01", "Oil."));
    try (DirectoryReader changed = index.reader()) {
      autocomplete.refresh(changed);
      assertEquals(List.of("Crude <b>oil p</b>rices rise", "<b>P</b>roblems <b>p</b>ulling out of <b>oil</b> futures"),
          highlighted(titles(autocomplete.suggest(changed, "oil p", 5, "<b>", "</b>"))));
    }
  }

  @Test
  void caseAndAccentsAreIgnored() {
    assertEquals(List.of("Café culture in <b>Zür</b>ich"), highlighted(titles(autocomplete.suggest(reader, "ZUR", 5, "<b>", "</b>"))));
    assertEquals(List.of("<b>Café</b> culture in Zürich"), highlighted(titles(autocomplete.suggest(reader, "cafe", 5, "<b>", "</b>"))));
  }

  @Test
  void phrasesSharedByEnoughArticlesComeFirstMostWidespreadFirst() {
    List<Suggestion> found = autocomplete.suggest(reader, "North K", 10, "<b>", "</b>");
    List<Suggestion> phrases = found.stream().filter(s -> s.kind() == Kind.PHRASE).toList();
    assertEquals(List.of("north korea", "north korean"), phrases.stream().map(Suggestion::text).toList());
    assertEquals("<b>north k</b>orea", phrases.get(0).highlighted());
    assertEquals(Kind.PHRASE, found.get(0).kind());
    assertEquals(null, phrases.get(0).articleId());
  }

  @Test
  void aWordFollowedBySpaceIsComplete() {
    List<Suggestion> found = autocomplete.suggest(reader, "north ", 20, "<b>", "</b>");
    assertTrue(found.stream().noneMatch(s -> s.text().toLowerCase().contains("northern")), found.toString());
    assertTrue(found.stream().anyMatch(s -> s.text().equals("north korea")), found.toString());
    List<String> northern = texts(autocomplete.suggest(reader, "north", 20, "<b>", "</b>"));
    assertTrue(northern.contains("northern") && northern.contains("Northern lights seen over Norway"), northern.toString());
  }

  @Test
  void phrasesDoNotStartOrEndWithStopWordsOrNumbers() {
    List<String> phrases = texts(autocomplete.suggest(reader, "and", 20, "<b>", "</b>").stream()
        .filter(s -> s.kind() == Kind.PHRASE).toList());
    assertEquals(List.of(), phrases);
  }

  @Test
  void titleTextIsEscapedAndOnlyTheCallersTagsAreLive() throws IOException {
    index.add(article("x1", "<script>alert('x')</script> & co", "2024-08-01", "Nothing here."));
    try (DirectoryReader changed = index.reader()) {
      autocomplete.refresh(changed);
      List<Suggestion> found = autocomplete.suggest(changed, "scr", 5, "[", "]");
      assertEquals(1, found.size());
      assertEquals("<script>alert('x')</script> & co", found.get(0).text());
      assertEquals("&lt;[scr]ipt&gt;alert(&#39;x&#39;)&lt;/[scr]ipt&gt; &amp; co", found.get(0).highlighted());
      assertEquals("&lt;<mark>scr</mark>ipt&gt;alert(&#39;x&#39;)&lt;/<mark>scr</mark>ipt&gt; &amp; co",
          autocomplete.suggest(changed, "scr", 5, null, null).get(0).highlighted());
    }
  }

  @Test
  void atMostLimitResultsAndTheLimitIsChecked() throws IOException {
    for (int i = 0; i < 30; i++) {
      index.add(article("g" + i, "Grain report " + i, "2024-02-" + String.format("%02d", 1 + i % 28), "Grain prices."));
    }
    try (DirectoryReader changed = index.reader()) {
      autocomplete.refresh(changed);
      for (int limit : new int[] {1, 5, 20}) {
        assertEquals(limit, autocomplete.suggest(changed, "grain", limit, null, null).size());
      }
      assertThrows(InvalidRequestException.class, () -> autocomplete.suggest(changed, "grain", 0, null, null));
      assertThrows(InvalidRequestException.class, () -> autocomplete.suggest(changed, "grain", 21, null, null));
    }
  }

  @Test
  void anyTypedTextGivesAListNeverAnError() {
    List<String> hostile = Arrays.asList(null, "", "   ", "*", "\"", "'", "\"north", "north*", "((((", "\\", "AND OR NOT",
        "title:north", "\u0000\u0001\u001f", "\uD800", "😀 north", "<script>", "north ".repeat(100),
        "k".repeat(300), "x".repeat(100_000), "北朝鮮", "-north", "north~2", "?", "%00", "&amp;");
    for (String typed : hostile) {
      List<Suggestion> found = autocomplete.suggest(reader, typed, 20, null, null);
      assertTrue(found.size() <= 20, typed);
    }
    assertEquals(List.of(), autocomplete.suggest(reader, "   ", 5, null, null));
    assertEquals(List.of(), autocomplete.suggest(reader, "x".repeat(100_000), 5, null, null));
    assertEquals("<mark>north</mark>", autocomplete.suggest(reader, "\"north", 1, null, null).get(0).highlighted());
  }

  @Test
  void aNewerReaderIsBuiltInTheBackgroundWhileTheOldCompletionsServe() throws IOException {
    assertEquals(List.of(), autocomplete.suggest(reader, "zebra", 5, null, null));
    index.add(article("z1", "Zebra crossing opens", "2024-09-01", "A zebra crossing opened."));
    index.delete("a6");
    try (DirectoryReader changed = index.reader()) {
      assertEquals(List.of(), autocomplete.suggest(changed, "zebra", 5, null, null));
      assertEquals(1, queued.size());
      autocomplete.suggest(changed, "zebra", 5, null, null);
      assertEquals(1, queued.size(), "one rebuild at a time");
      queued.removeFirst().run();
      assertEquals(List.of("Zebra crossing opens"), texts(autocomplete.suggest(changed, "zebra", 5, null, null)));
      assertEquals(List.of(), titles(autocomplete.suggest(changed, "norway", 5, null, null)));
      autocomplete.suggest(reader, "zebra", 5, null, null);
      assertEquals(0, queued.size(), "an older reader starts no rebuild");
    }
  }

  @Test
  void theDefaultRebuildThreadPicksUpChanges() throws IOException, InterruptedException {
    try (Autocomplete background = new Autocomplete(2)) {
      assertEquals(List.of(), background.suggest(reader, "zebra", 5, null, null));
      index.add(article("z1", "Zebra crossing opens", "2024-09-01", "A zebra crossing opened."));
      try (DirectoryReader changed = index.reader()) {
        List<Suggestion> found = List.of();
        for (int tries = 0; tries < 600 && found.isEmpty(); tries++) {
          found = background.suggest(changed, "zebra", 5, null, null);
          Thread.sleep(50);
        }
        assertEquals(List.of("Zebra crossing opens"), texts(found));
      }
    }
  }

  @Test
  void lookupsFromManyThreadsGoOnWhileTheIndexChanges() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean done = new AtomicBoolean();
    try (Autocomplete background = new Autocomplete(2); SearcherManager searchers = index.searchers()) {
      List<Thread> typists = IntStream.range(0, 4).mapToObj(i -> Thread.ofPlatform().start(() -> {
        while (!done.get() && failure.get() == null) {
          try {
            List<Suggestion> found = suggest(background, searchers, "north k");
            assertTrue(found.size() >= 2 && found.size() <= 5, found.toString());
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        }
      })).toList();
      for (int i = 0; i < 40; i++) {
        index.add(article("n" + i, "North Korea report " + i, "2024-10-01", "North Korea."));
        searchers.maybeRefreshBlocking();
      }
      List<Suggestion> last = List.of();
      for (int tries = 0; tries < 600 && last.isEmpty() && failure.get() == null; tries++) {
        last = suggest(background, searchers, "report 39");
        Thread.sleep(50);
      }
      done.set(true);
      for (Thread typist : typists) {
        typist.join();
      }
      assertNull(failure.get());
      assertEquals(List.of("North Korea report 39"), texts(last));
    }
  }

  private static List<Suggestion> suggest(Autocomplete autocomplete, SearcherManager searchers, String typed)
      throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return autocomplete.suggest((DirectoryReader) searcher.getIndexReader(), typed, 5, null, null);
    } finally {
      searchers.release(searcher);
    }
  }

  @Test
  void anEmptyIndexHasNoCompletions() throws IOException {
    try (TestIndex empty = new TestIndex(); DirectoryReader none = empty.reader(); Autocomplete fresh = new Autocomplete()) {
      assertEquals(List.of(), fresh.suggest(none, "north", 5, null, null));
    }
  }

  @Test
  void aClosedAutocompleteRefusesLookups() throws IOException {
    autocomplete.suggest(reader, "north", 5, null, null);
    autocomplete.close();
    assertThrows(IllegalStateException.class, () -> autocomplete.suggest(reader, "north", 5, null, null));
    autocomplete.close();
  }

  private static List<Suggestion> titles(List<Suggestion> found) {
    return found.stream().filter(s -> s.kind() == Kind.TITLE).toList();
  }

  private static List<String> texts(List<Suggestion> found) {
    return found.stream().map(Suggestion::text).toList();
  }

  private static List<String> highlighted(List<Suggestion> found) {
    return found.stream().map(Suggestion::highlighted).toList();
  }
}

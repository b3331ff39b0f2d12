package dev.gazette.suggest;

import dev.gazette.InvalidRequestException;
import dev.gazette.Suggestion.Kind;
import dev.gazette.Suggestion;
import java.io.IOException;
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
    autocomplete = new Autocomplete(2);
  }

  @AfterEach
  void close() throws IOException {
    autocomplete.close();
    reader.close();
    index.close();
  }

  @Test
  void titlesContainingTheTypedWordsComeLatestFirstWithTheTypedWordsMarkedWhole() throws IOException {
    List<Suggestion> titles = titles(suggest(reader, "north ko", 10, "<b>", "</b>"));
    assertEquals(List.of("a2", "a1", "a4"), titles.stream().map(Suggestion::articleId).toList());
    assertEquals("<b>North Korean</b> missile test", titles.get(0).highlighted());
    assertEquals("Russia and <b>North Korea</b> sign a pact", titles.get(1).highlighted());
    assertEquals("<b>NORTH KOREA</b> WELCOMES CONTACT WITH U.S. DIPLOMATS", titles.get(2).highlighted());
    assertEquals("Russia and North Korea sign a pact", titles.get(1).text());
  }

  @Test
  void aWordBeingTypedIsNeverCutInTwo() throws IOException {
    index.add(article("b1", "BANK OF JAPAN TO SELL BILLS", "1987-03-01", "The Bank of Japan sold bills."),
        article("b2", "Bank of Japan's governor speaks", "1987-03-02", "The Bank of Japan spoke."));
    try (DirectoryReader changed = index.reader()) {
      List<Suggestion> found = suggest(changed, "bank of j", 5, "<b>", "</b>");
      assertEquals(List.of("<b>bank of japan</b>", "<b>Bank of Japan&#39;s</b> governor speaks",
          "<b>BANK OF JAPAN</b> TO SELL BILLS"), highlighted(found));
    }
  }

  @Test
  void titlesWithTheTypedWordsSideBySideComeFirstOnOneLine() throws IOException {
    index.add(article("o1", " Crude oil\n \tprices\u000Brise\r\n", "2024-01-01", "Oil."),
        article("o2", "Problems pulling out of oil futures", "2024-08-01", "Oil."));
    try (DirectoryReader changed = index.reader()) {
      assertEquals(List.of("Crude <b>oil prices</b> rise", "<b>Problems pulling</b> out of <b>oil</b> futures"),
          highlighted(titles(suggest(changed, "oil p", 5, "<b>", "</b>"))));
    }
  }

  @Test
  void aTitleSharedByArticlesIsListedOnceForTheLatest() throws IOException {
    index.add(article("d1", "Weekly grain report", "2024-01-01", "Grain."),
        article("d2", "WEEKLY GRAIN REPORT", "2024-03-01", "Grain."),
        article("d3", "Weekly  grain report", "2024-02-01", "Grain."));
    try (DirectoryReader changed = index.reader()) {
      List<Suggestion> titles = titles(suggest(changed, "weekly", 5, null, null));
      assertEquals(List.of("d2"), titles.stream().map(Suggestion::articleId).toList());
    }
  }

  @Test
  void caseAndAccentsAreIgnored() throws IOException {
    assertEquals(List.of("Café culture in <b>Zürich</b>"), highlighted(titles(suggest(reader, "ZUR", 5, "<b>", "</b>"))));
    assertEquals(List.of("<b>Café</b> culture in Zürich"), highlighted(titles(suggest(reader, "cafe", 5, "<b>", "</b>"))));
  }

  @Test
  void phrasesSharedByEnoughArticlesComeFirstMostWidespreadFirst() throws IOException {
    List<Suggestion> found = suggest(reader, "North K", 10, "<b>", "</b>");
    List<Suggestion> phrases = found.stream().filter(s -> s.kind() == Kind.PHRASE).toList();
    assertEquals(List.of("north korea", "north korean"), phrases.stream().map(Suggestion::text).toList());
    assertEquals("<b>north korea</b>", phrases.get(0).highlighted());
    assertEquals(Kind.PHRASE, found.get(0).kind());
    assertEquals(null, phrases.get(0).articleId());
  }

  @Test
  void phrasesAreCountedAcrossSegments() throws IOException {
    index.flush();
    index.add(article("s1", "Sugar tariffs", "2024-01-01", "Sugar tariffs rose."));
    index.flush();
    index.add(article("s2", "More sugar tariffs", "2024-01-02", "Sugar tariffs rose again."));
    try (DirectoryReader changed = index.reader()) {
      assertTrue(changed.leaves().size() >= 3, "one segment per flush");
      assertEquals("sugar tariffs", phrases(suggest(changed, "sugar t", 5, null, null)).getFirst());
    }
  }

  @Test
  void aWordFollowedBySpaceIsComplete() throws IOException {
    List<Suggestion> found = suggest(reader, "north ", 20, "<b>", "</b>");
    assertTrue(found.stream().noneMatch(s -> s.text().toLowerCase().contains("northern")), found.toString());
    assertTrue(found.stream().anyMatch(s -> s.text().equals("north korea")), found.toString());
    List<String> northern = texts(suggest(reader, "north", 20, "<b>", "</b>"));
    assertTrue(northern.contains("northern") && northern.contains("Northern lights seen over Norway"), northern.toString());
  }

  @Test
  void phrasesDoNotStartOrEndWithStopWordsOrNumbers() throws IOException {
    index.add(article("n1", "Figures", "2024-01-01", "Rates of 12 and of 12 and of 12 rose."),
        article("n2", "Figures", "2024-01-02", "Rates of 12 and of 12 rose."));
    try (DirectoryReader changed = index.reader()) {
      assertEquals(List.of(), phrases(suggest(changed, "and", 20, null, null)));
      assertEquals(List.of(), phrases(suggest(changed, "12", 20, null, null)));
      assertEquals(List.of("rates"), phrases(suggest(changed, "rates", 20, null, null)));
    }
  }

  @Test
  void titleTextIsEscapedAndOnlyTheCallersTagsAreLive() throws IOException {
    index.add(article("x1", "<script>alert('x')</script> & co", "2024-08-01", "Nothing here."));
    try (DirectoryReader changed = index.reader()) {
      List<Suggestion> found = suggest(changed, "scr", 5, "[", "]");
      assertEquals(1, found.size());
      assertEquals("<script>alert('x')</script> & co", found.get(0).text());
      assertEquals("&lt;[script]&gt;alert(&#39;x&#39;)&lt;/[script]&gt; &amp; co", found.get(0).highlighted());
      assertEquals("&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)&lt;/<mark>script</mark>&gt; &amp; co",
          suggest(changed, "scr", 5, null, null).get(0).highlighted());
    }
  }

  @Test
  void atMostLimitResultsAndTheLimitIsChecked() throws IOException {
    for (int i = 0; i < 30; i++) {
      index.add(article("g" + i, "Grain report " + i, "2024-02-" + String.format("%02d", 1 + i % 28), "Grain prices."));
    }
    try (DirectoryReader changed = index.reader()) {
      for (int limit : new int[] {1, 5, 20}) {
        assertEquals(limit, suggest(changed, "grain", limit, null, null).size());
      }
      assertThrows(InvalidRequestException.class, () -> suggest(changed, "grain", 0, null, null));
      assertThrows(InvalidRequestException.class, () -> suggest(changed, "grain", 21, null, null));
    }
  }

  @Test
  void anyTypedTextGivesAListNeverAnError() throws IOException {
    List<String> hostile = Arrays.asList(null, "", "   ", "*", "\"", "'", "\"north", "north*", "((((", "\\", "AND OR NOT",
        "title:north", "\u0000\u0001\u001f", "\uD800", "😀 north", "<script>", "north ".repeat(100),
        "k".repeat(300), "x".repeat(100_000), "北朝鮮", "-north", "north~2", "?", "%00", "&amp;");
    for (String typed : hostile) {
      List<Suggestion> found = suggest(reader, typed, 20, null, null);
      assertTrue(found.size() <= 20, typed);
    }
    assertEquals(List.of(), suggest(reader, "   ", 5, null, null));
    assertEquals(List.of(), suggest(reader, "x".repeat(100_000), 5, null, null));
    assertEquals("<mark>north</mark>", suggest(reader, "\"north", 1, null, null).get(0).highlighted());
  }

  @Test
  void aWriteIsSuggestibleInTheNextReaderAndOnlyItsNewSegmentIsRead() throws IOException {
    autocomplete.warm(reader);
    int kept = autocomplete.segmentsKept();
    assertEquals(List.of(), suggest(reader, "zebra", 5, null, null));
    index.add(article("z1", "Zebra crossing opens", "2024-09-01", "A zebra crossing opened."),
        article("z2", "Zebra crossing closes", "2024-09-02", "The zebra crossing closed."));
    index.delete("a6");
    try (DirectoryReader changed = DirectoryReader.openIfChanged(reader)) {
      assertEquals(List.of("zebra", "zebra crossing", "Zebra crossing closes", "Zebra crossing opens"),
          texts(suggest(changed, "zebra", 5, null, null)));
      assertEquals(List.of(), titles(suggest(changed, "norway", 5, null, null)));
      assertEquals(kept + 1, autocomplete.segmentsKept(), "the old segments' phrases are kept, the new one's read");
    }
  }

  @Test
  void aMergedSegmentIsWarmedBeforeReadersSeeIt() throws IOException {
    index.writer().getConfig().setMergedSegmentWarmer(autocomplete.mergeWarmer());
    index.flush();
    index.add(article("m1", "Merger talks", "2024-01-01", "Merger talks went on."),
        article("m2", "More merger talks", "2024-01-02", "Merger talks go on."));
    index.flush();
    try (DirectoryReader before = DirectoryReader.open(index.writer())) {
      assertTrue(before.leaves().size() >= 2);
      index.forceMerge();
      int kept = autocomplete.segmentsKept();
      try (DirectoryReader merged = DirectoryReader.openIfChanged(before, index.writer())) {
        assertEquals(1, merged.leaves().size());
        assertEquals(1, kept, "only the merged segment, read as it was made");
        assertEquals(0, autocomplete.segmentsBuilt(), "its phrases were written by the merge, not built again");
        assertEquals("merger talks", phrases(suggest(merged, "merger t", 5, null, null)).getFirst());
        assertEquals(1, autocomplete.segmentsKept());
      }
    }
  }

  @Test
  void lookupsFromManyThreadsGoOnWhileTheIndexChanges() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean done = new AtomicBoolean();
    try (SearcherManager searchers = index.searchers()) {
      List<Thread> typists = IntStream.range(0, 4).mapToObj(i -> Thread.ofPlatform().start(() -> {
        while (!done.get() && failure.get() == null) {
          try {
            List<Suggestion> found = suggest(searchers, "north k");
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
      List<Suggestion> last = suggest(searchers, "report 39");
      done.set(true);
      for (Thread typist : typists) {
        typist.join();
      }
      assertNull(failure.get());
      assertEquals(List.of("North Korea report 39"), texts(last));
    }
  }

  private List<Suggestion> suggest(SearcherManager searchers, String typed) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return autocomplete.suggest(searcher, typed, 5, null, null);
    } finally {
      searchers.release(searcher);
    }
  }

  @Test
  void anEmptyIndexHasNoCompletions() throws IOException {
    try (TestIndex empty = new TestIndex(); DirectoryReader none = empty.reader(); Autocomplete fresh = new Autocomplete()) {
      assertEquals(List.of(), fresh.suggest(new IndexSearcher(none), "north", 5, null, null));
    }
  }

  @Test
  void aClosedAutocompleteRefusesLookups() throws IOException {
    suggest(reader, "north", 5, null, null);
    autocomplete.close();
    assertThrows(IllegalStateException.class, () -> suggest(reader, "north", 5, null, null));
    autocomplete.close();
  }

  private List<Suggestion> suggest(DirectoryReader from, String typed, int limit, String pre, String post)
      throws IOException {
    return autocomplete.suggest(new IndexSearcher(from), typed, limit, pre, post);
  }

  private static List<Suggestion> titles(List<Suggestion> found) {
    return found.stream().filter(s -> s.kind() == Kind.TITLE).toList();
  }

  private static List<String> phrases(List<Suggestion> found) {
    return found.stream().filter(s -> s.kind() == Kind.PHRASE).map(Suggestion::text).toList();
  }

  private static List<String> texts(List<Suggestion> found) {
    return found.stream().map(Suggestion::text).toList();
  }

  private static List<String> highlighted(List<Suggestion> found) {
    return found.stream().map(Suggestion::highlighted).toList();
  }
}

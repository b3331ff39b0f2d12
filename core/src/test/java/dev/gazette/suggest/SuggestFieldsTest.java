package dev.gazette.suggest;

import dev.gazette.Article;
import dev.gazette.Suggestion;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Phrases come from the title, the haiku and the opening of the body, never from deep in it. */
class SuggestFieldsTest {
  private static final String FILLER = "Markets were calm and traders waited for figures. ".repeat(8);

  @Test
  void theOpeningEndsBeforeAWordCutInTwo() {
    String body = "word ".repeat(100);
    String opening = SuggestFields.opening(body);
    assertEquals("word ".repeat(SuggestFields.OPENING_CHARS / 5).strip(), opening.strip());
    assertEquals("short body", SuggestFields.opening("short body"));
    assertNull(SuggestFields.opening(null));
  }

  @Test
  void phrasesComeFromTitleHaikuAndTheOpeningOfTheBodyOnly() throws IOException {
    try (TestIndex index = new TestIndex(); Autocomplete autocomplete = new Autocomplete(1)) {
      index.add(
          withHaiku("h1", "Quiet day", List.of("Copper futures fall", "snow on the harbour"), FILLER),
          withHaiku("l1", "Another day", List.of(), "Zinc smelters strike in the north. " + FILLER),
          withHaiku("d1", "Late news", List.of(), FILLER + " Tin miners strike in the south."));
      try (DirectoryReader reader = index.reader()) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(List.of("copper futures", "copper futures fall"), phrases(autocomplete, searcher, "copper f"));
        assertEquals(List.of("zinc smelters", "zinc smelters strike"), phrases(autocomplete, searcher, "zinc s"));
        assertEquals(List.of(), phrases(autocomplete, searcher, "tin m"), "past the opening of the body");
      }
    }
  }

  private static Article withHaiku(String id, String title, List<String> haiku, String body) {
    return new Article(id, title, null, haiku, List.of(body), "", null, null, null, List.of(), null, Map.of());
  }

  private static List<String> phrases(Autocomplete autocomplete, IndexSearcher searcher, String typed) throws IOException {
    return autocomplete.suggest(searcher, typed, 10, null, null).stream()
        .filter(s -> s.kind() == Suggestion.Kind.PHRASE).map(Suggestion::text).toList();
  }
}

package dev.gazette.suggest;

import dev.gazette.Article;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static dev.gazette.suggest.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article counts that rank phrases: exactly what the index holds, whichever segments name a phrase. */
class PhraseCountsTest {
  private TestIndex index;
  private PhraseLookup phrases;

  @BeforeEach
  void open() throws IOException {
    index = new TestIndex();
    phrases = new PhraseLookup();
  }

  @AfterEach
  void close() throws IOException {
    phrases.clear();
    index.close();
  }

  @Test
  void aPhraseIsCountedInEverySegmentThatHoldsItEvenOneWhosePhrasesLeaveItOut() throws IOException {
    // The first segment holds "sugar tariffs" once, behind four phrases it holds more often: asked
    // for one completion, a segment names four candidates, so this segment leaves it out.
    for (String crop : List.of("beet", "cane", "crops", "demand")) {
      index.add(IntStream.range(0, 3).mapToObj(i -> article(crop + i, "Sugar " + crop, "2024-01-01", "News."))
          .toArray(Article[]::new));
    }
    index.add(article("t0", "Sugar tariffs", "2024-01-02", "News."));
    index.flush();
    index.add(article("t1", "Sugar tariffs rise", "2024-01-03", "News."),
        article("t2", "Sugar tariffs fall", "2024-01-04", "News."),
        article("t3", "Sugar tariffs stay", "2024-01-05", "News."),
        article("t4", "Sugar tariffs again", "2024-01-06", "News."));
    index.flush();
    index.add(article("t5", "Sugar tariffs at last", "2024-01-07", "News."));
    try (DirectoryReader reader = index.reader()) {
      assertEquals(3, reader.leaves().size(), "one segment per flush");
      List<PhraseLookup.Counted> found = phrases.lookup(reader, "sugar ", 1, 1);
      assertEquals(List.of(new PhraseLookup.Counted("sugar tariffs", 6)), found);
      assertCountsAreTheDocumentFrequencies(reader, "sugar", 20);
    }
  }

  @Test
  void countsMatchTheIndexAfterReplacementsDeletionsAndAMerge() throws IOException {
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < 6; i++) {
        index.add(article("n" + round + i, "North Korea talks " + round, "2024-02-0" + (i + 1),
            "North Korean officials met in North Kingstown; north korea said round " + round + "."));
      }
      index.add(article("n0" + round, "Northern lights", "2024-03-01", "Northern skies glowed."));
      index.delete("n" + round + "1");
      index.flush();
    }
    try (DirectoryReader reader = index.reader()) {
      assertTrue(reader.leaves().size() > 1, "several segments");
      assertCountsAreTheDocumentFrequencies(reader, "north", 20);
      assertCountsAreTheDocumentFrequencies(reader, "north k", 3);
    }
    index.forceMerge();
    try (DirectoryReader merged = index.reader()) {
      assertEquals(1, merged.leaves().size());
      assertCountsAreTheDocumentFrequencies(merged, "north", 20);
    }
  }

  /** Every phrase found for {@code start} counts what Lucene counts: its term's document frequency over all segments. */
  private void assertCountsAreTheDocumentFrequencies(DirectoryReader reader, String start, int limit)
      throws IOException {
    List<PhraseLookup.Counted> found = phrases.lookup(reader, start, limit, 1);
    assertFalse(found.isEmpty(), "phrases starting with " + start);
    for (PhraseLookup.Counted phrase : found) {
      assertEquals(reader.docFreq(new Term(SuggestFields.PHRASES, phrase.text())), phrase.articles(), phrase.text());
    }
  }
}

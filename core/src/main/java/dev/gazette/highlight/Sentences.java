package dev.gazette.highlight;

import java.text.BreakIterator;
import java.util.Arrays;

/**
 * Where the sentences of a text start, found by the same rules as the snippets' passages ({@link
 * SentenceBreakIterator}), so that whatever else cuts text into sentences agrees with them.
 */
public final class Sentences {
  private Sentences() {}

  /** The boundaries of {@code text}'s sentences in order: 0, where each next sentence starts, and its length. */
  public static int[] boundaries(String text) {
    SentenceBreakIterator iterator = new SentenceBreakIterator();
    iterator.setText(text);
    int[] found = new int[8];
    int n = 0;
    for (int at = iterator.first(); at != BreakIterator.DONE; at = iterator.next()) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = at;
    }
    return Arrays.copyOf(found, n);
  }
}

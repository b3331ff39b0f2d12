package dev.gazette.suggest;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * What the user typed, read as folded words: every word but the last is complete, and the last is
 * a prefix still being typed unless something (a space, a full stop) follows it.
 *
 * @param text the text as typed
 * @param words the folded words, in order
 * @param lastIsPrefix whether the last word may still grow
 */
record TypedPrefix(String text, List<String> words, boolean lastIsPrefix) {
  /** Longer typed text is not completed: it is not typing, and would make needlessly large queries. */
  static final int MAX_CHARS = 500;
  /** Typed text with more words than this is not completed. */
  static final int MAX_WORDS = 24;

  private static final TypedPrefix NOTHING = new TypedPrefix("", List.of(), false);

  /** Copies the words. */
  TypedPrefix {
    words = List.copyOf(words);
  }

  /** {@code text} read with {@code words}; nothing to complete when it is null, too long or holds no word. */
  static TypedPrefix of(String text, Analyzer words) {
    if (text == null || text.length() > MAX_CHARS) {
      return NOTHING;
    }
    List<String> found = new ArrayList<>();
    int[] lastEnd = {-1};
    int length = SuggestAnalysis.eachWord(words, text, (word, start, end) -> {
      found.add(word);
      lastEnd[0] = end;
      return found.size() <= MAX_WORDS;
    });
    if (length < 0) {
      return NOTHING;
    }
    return new TypedPrefix(text, found, !found.isEmpty() && lastEnd[0] == length);
  }

  /** Whether there is nothing to complete. */
  boolean isEmpty() {
    return words.isEmpty();
  }

  /** The complete words: all but a last word still being typed. */
  List<String> completeWords() {
    return lastIsPrefix ? words.subList(0, words.size() - 1) : words;
  }

  /** The last word if it is still being typed, else {@code null}. */
  String prefix() {
    return lastIsPrefix ? words.getLast() : null;
  }

  /** The start of the folded phrases completing this: its words joined by spaces, then a space if the last is complete. */
  String phraseStart() {
    return String.join(" ", words) + (lastIsPrefix ? "" : " ");
  }
}

package dev.gazette.suggest;

import dev.gazette.highlight.Html;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Marks in a completion the words that were typed: every word equal to a complete typed word, and
 * every word starting with the word still being typed, each whole. Marks separated only by white
 * space are joined, and all the text is HTML-escaped so only the caller's tags are live.
 */
final class Marker {
  private final Analyzer words;
  private final Set<String> complete;
  private final String prefix;
  private final List<String> typed;
  private final String preTag;
  private final String postTag;

  /** A marker of {@code typed}, read with {@code words}, wrapping marks in {@code preTag} and {@code postTag}. */
  Marker(TypedPrefix typed, Analyzer words, String preTag, String postTag) {
    this.words = words;
    this.complete = new HashSet<>(typed.completeWords());
    this.prefix = typed.prefix();
    this.typed = typed.words();
    this.preTag = preTag;
    this.postTag = postTag;
  }

  /**
   * A completion marked.
   *
   * @param html the completion escaped, with the typed part marked
   * @param together whether the typed words stand side by side in the typed order
   */
  record Marked(String html, boolean together) {}

  /** {@code text} escaped, with the typed words marked. */
  Marked mark(String text) {
    List<int[]> marks = new ArrayList<>(); // start, end
    int[] previousEnd = {-1};
    int[] run = {0}; // how many typed words, in order, the words up to this one end
    boolean[] together = {false};
    SuggestAnalysis.eachWord(words, text, (word, start, end) -> {
      boolean follows = previousEnd[0] >= 0 && text.substring(previousEnd[0], start).isBlank();
      run[0] = follows && run[0] < typed.size() && matches(word, run[0]) ? run[0] + 1 : matches(word, 0) ? 1 : 0;
      together[0] |= run[0] == typed.size();
      if (marked(word)) {
        if (!marks.isEmpty() && marks.getLast()[1] == previousEnd[0] && follows) {
          marks.getLast()[1] = end;
        } else {
          marks.add(new int[] {start, end});
        }
      }
      previousEnd[0] = end;
      return true;
    });
    StringBuilder out = new StringBuilder(text.length() + 32);
    int written = 0;
    for (int[] mark : marks) {
      Html.escape(text, written, mark[0], out);
      out.append(preTag);
      Html.escape(text, mark[0], mark[1], out);
      out.append(postTag);
      written = mark[1];
    }
    Html.escape(text, written, text.length(), out);
    return new Marked(out.toString(), together[0]);
  }

  /** Whether {@code word} matches the typed word at {@code index}: equal to it, or starting with it when it is the prefix being typed. */
  private boolean matches(String word, int index) {
    String wanted = typed.get(index);
    return index == typed.size() - 1 && prefix != null ? word.startsWith(wanted) : word.equals(wanted);
  }

  /**
   * Whether the word {@code term} is marked: it equals a complete typed word or starts with the one
   * being typed. A word is marked whole, the one being typed too: marking only its typed letters
   * cut words in two on screen ("BANK OF J|APAN").
   */
  private boolean marked(String term) {
    return complete.contains(term) || (prefix != null && term.startsWith(prefix));
  }
}

package dev.gazette.suggest;

import dev.gazette.highlight.Html;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Marks in a completion the part that was typed: every word equal to a complete typed word, and
 * the typed part of words starting with the word still being typed. Marks separated only by
 * white space are joined, and all the text is HTML-escaped so only the caller's tags are live.
 */
final class Marker {
  private final Analyzer words;
  private final Set<String> complete;
  private final String prefix;
  private final int typedWords;
  private final String preTag;
  private final String postTag;

  /** A marker of {@code typed}, read with {@code words}, wrapping marks in {@code preTag} and {@code postTag}. */
  Marker(TypedPrefix typed, Analyzer words, String preTag, String postTag) {
    this.words = words;
    this.complete = new HashSet<>(typed.completeWords());
    this.prefix = typed.prefix();
    this.typedWords = typed.words().size();
    this.preTag = preTag;
    this.postTag = postTag;
  }

  /**
   * A completion marked.
   *
   * @param html the completion escaped, with the typed part marked
   * @param together whether one mark spans as many words as were typed: they stand side by side
   */
  record Marked(String html, boolean together) {}

  /** {@code text} escaped, with the typed part marked. */
  Marked mark(String text) {
    List<int[]> marks = new ArrayList<>(); // start, end, words spanned
    SuggestAnalysis.eachWord(words, text, (word, start, end) -> {
      int markEnd = matchEnd(word, start, end);
      if (markEnd > start) {
        if (!marks.isEmpty() && text.substring(marks.getLast()[1], start).isBlank()) {
          marks.getLast()[1] = markEnd;
          marks.getLast()[2]++;
        } else {
          marks.add(new int[] {start, markEnd, 1});
        }
      }
      return true;
    });
    StringBuilder out = new StringBuilder(text.length() + 32);
    int written = 0;
    boolean together = false;
    for (int[] mark : marks) {
      Html.escape(text, written, mark[0], out);
      out.append(preTag);
      Html.escape(text, mark[0], mark[1], out);
      out.append(postTag);
      written = mark[1];
      together |= mark[2] >= typedWords;
    }
    Html.escape(text, written, text.length(), out);
    return new Marked(out.toString(), together);
  }

  /** Where the mark in the word {@code term} at {@code start..end} ends; {@code start} when it has none. */
  private int matchEnd(String term, int start, int end) {
    if (complete.contains(term)) {
      return end;
    }
    if (prefix != null && term.startsWith(prefix)) {
      // Mark just the typed letters when the word reads as written; else (folded ß, possessive) all of it.
      return term.length() == end - start ? start + prefix.length() : end;
    }
    return start;
  }
}

package dev.gazette.highlight;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats passages as a list of strings, one per passage: the text HTML-escaped, each match
 * wrapped in the highlight tags. Matches that overlap, touch, or stand apart only by white space
 * become one highlighted span, so {@code North Korea} is marked as one unit.
 */
final class EscapingPassageFormatter extends PassageFormatter {
  private final String preTag;
  private final String postTag;

  EscapingPassageFormatter(String preTag, String postTag) {
    this.preTag = preTag;
    this.postTag = postTag;
  }

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> formatted = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      formatted.add(format(passage, content));
    }
    return formatted;
  }

  private String format(Passage passage, String content) {
    int start = passage.getStartOffset();
    int end = passage.getEndOffset();
    while (start < end && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end - start + 32);
    int position = start;
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    int i = 0;
    while (i < passage.getNumMatches()) {
      int matchStart = Math.max(starts[i], position);
      int matchEnd = Math.min(ends[i], end);
      while (i + 1 < passage.getNumMatches() && onlySpaceBetween(content, matchEnd, starts[i + 1])) {
        matchEnd = Math.max(matchEnd, Math.min(ends[++i], end));
      }
      i++;
      if (matchStart >= matchEnd) {
        continue;
      }
      Html.escape(content, position, matchStart, out);
      out.append(preTag);
      Html.escape(content, matchStart, matchEnd, out);
      out.append(postTag);
      position = matchEnd;
    }
    Html.escape(content, position, end, out);
    return out.toString();
  }

  private static boolean onlySpaceBetween(String content, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(content.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

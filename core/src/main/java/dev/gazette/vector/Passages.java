package dev.gazette.vector;

import dev.gazette.highlight.Sentences;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The passages of an article's body that get vectors of their own, so that a hit found by meaning
 * alone can show the passage closest to the query: windows of whole sentences of at most {@value
 * #MAX_WORDS} words, a new one at a paragraph once the window holds {@value #MIN_WORDS} words, the
 * first {@value #MAX_PASSAGES} only (bounding the background work), and none for a body that is
 * one passage already. A sentence longer than a window is cut after its first {@value #MAX_WORDS}
 * words.
 */
public final class Passages {
  /** Most words of one passage: about two sentences of news, a snippet's length. */
  static final int MAX_WORDS = 60;
  /** Words a passage holds before a paragraph break starts the next one. */
  static final int MIN_WORDS = 20;
  /** Passages embedded per article: the first ones, where news puts what matters. */
  static final int MAX_PASSAGES = 5;

  private Passages() {}

  /**
   * One passage: characters {@code start} to {@code end} of the body.
   *
   * @param start offset of its first character
   * @param end offset after its last character
   * @param cut whether it ends inside a sentence, which went on past {@value #MAX_WORDS} words
   */
  public record Passage(int start, int end, boolean cut) {
    /** Its text in {@code body}. */
    public String text(String body) {
      return body.substring(start, end);
    }
  }

  /** The passages of {@code body}: empty when the body is no longer than one. */
  public static List<Passage> of(String body) {
    List<Passage> passages = new ArrayList<>();
    if (words(body, 0, body.length()) <= MAX_WORDS) {
      return passages;
    }
    int[] sentences = Sentences.boundaries(body);
    int start = -1;
    int words = 0;
    for (int i = 0; i + 1 < sentences.length && passages.size() < MAX_PASSAGES; i++) {
      int from = sentences[i];
      int to = sentences[i + 1];
      int count = words(body, from, to);
      boolean paragraph = i > 0 && paragraphBefore(body, from);
      if (start >= 0 && (words + count > MAX_WORDS || paragraph && words >= MIN_WORDS)) {
        add(passages, body, start, from, false);
        start = -1;
        words = 0;
      }
      if (passages.size() == MAX_PASSAGES) {
        break;
      }
      if (start < 0 && count > MAX_WORDS) {
        add(passages, body, from, endOfWords(body, from, MAX_WORDS), true);
      } else if (count > 0) {
        start = start < 0 ? from : start;
        words += count;
      }
    }
    if (start >= 0 && passages.size() < MAX_PASSAGES) {
      add(passages, body, start, body.length(), false);
    }
    return passages;
  }

  /**
   * The hash identifying {@code passages} of {@code body} embedded by the model named {@code
   * model}: of the text they cover and the rules that cut it, so changed text or rules embed again.
   */
  public static BytesRef hash(String model, String body, List<Passage> passages) {
    int covered = passages.isEmpty() ? 0 : passages.get(passages.size() - 1).end();
    return VectorFields.hash(model,
        "passages " + MAX_WORDS + "/" + MIN_WORDS + "/" + MAX_PASSAGES + "\n" + body.substring(0, covered));
  }

  private static void add(List<Passage> passages, String body, int from, int to, boolean cut) {
    while (from < to && Character.isWhitespace(body.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      passages.add(new Passage(from, to, cut));
    }
  }

  /** Whether a blank line comes just before {@code at}: a new paragraph starts there. */
  private static boolean paragraphBefore(String body, int at) {
    int lines = 0;
    for (int i = at - 1; i >= 0 && Character.isWhitespace(body.charAt(i)); i--) {
      lines += body.charAt(i) == '\n' ? 1 : 0;
    }
    return lines >= 2;
  }

  private static int words(String text, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      count += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return count;
  }

  /** The offset after the {@code n}th word from {@code from}. */
  private static int endOfWords(String text, int from, int n) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (space && inWord && ++count == n) {
        return i;
      }
      inWord = !space;
    }
    return text.length();
  }
}

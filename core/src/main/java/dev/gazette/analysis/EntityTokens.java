package dev.gazette.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerImpl;

/**
 * The words of one text as {@link EntityExtractor} sees them: Unicode word boundaries (hyphens
 * split "Leigh-Pemberton", "U.S." stays one word, "U.S"), the text as written (case and accents
 * kept, since they are what tells a name), and what separates neighbouring words, which tells
 * whether two capitalised words belong to one name and whether a word starts a sentence.
 */
final class EntityTokens {

  /** How a word is written. */
  enum Shape {
    /** An upper-case letter then some lower case: "Putin", "McDonald". */
    CAPITALISED,
    /** Letters, none in lower case: "IMF", "U.S", the initial "W". */
    UPPER,
    /** Starts with a lower-case letter: "leader", "de". */
    LOWER,
    /** Starts with no letter: "1987", "3.5". */
    OTHER
  }

  /**
   * The scanner of Lucene's {@code StandardTokenizer}, one per thread, run as the tokenizer runs
   * it but without its token attributes: only where each word starts and ends is needed, and
   * filling the attributes cost more than finding the words.
   */
  private static final ThreadLocal<StandardTokenizerImpl> SCANNER =
      ThreadLocal.withInitial(() -> new StandardTokenizerImpl(null));

  /** For splitting phrases of word lists, and other text where no full stop ends a sentence. */
  static final Set<String> NO_ABBREVIATIONS = Set.of();

  private final String text;
  private final Set<String> abbreviations;
  private int size;
  private int[] starts;
  private int[] ends;
  private boolean[] possessives;
  private Shape[] shapes;
  private String[] words;
  private String[] lowers;

  private EntityTokens(String text, Set<String> abbreviations) {
    this.text = text;
    this.abbreviations = abbreviations;
    // About one word in six characters of news text: most texts need no growing.
    int capacity = 8 + text.length() / 6;
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.possessives = new boolean[capacity];
    this.shapes = new Shape[capacity];
    this.words = new String[capacity];
    this.lowers = new String[capacity];
  }

  /**
   * Splits {@code text} into words.
   *
   * @param abbreviations words, in lower case, whose full stop ends no sentence ("mr", "co")
   */
  static EntityTokens of(String text, Set<String> abbreviations) {
    EntityTokens tokens = new EntityTokens(text, abbreviations);
    StandardTokenizerImpl scanner = SCANNER.get();
    scanner.yyreset(new StringReader(text));
    try {
      for (int type = scanner.getNextToken(); type != StandardTokenizerImpl.YYEOF; type = scanner.getNextToken()) {
        // StandardTokenizer drops a word longer than its maximum length.
        if (scanner.yylength() <= StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH) {
          tokens.add(scanner.yychar(), scanner.yychar() + scanner.yylength());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return tokens;
  }

  private void add(int start, int end) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      possessives = Arrays.copyOf(possessives, size * 2);
      shapes = Arrays.copyOf(shapes, size * 2);
      words = Arrays.copyOf(words, size * 2);
      lowers = Arrays.copyOf(lowers, size * 2);
    }
    boolean possessive = end - start > 2
        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && "'\u2019\uFF07".indexOf(text.charAt(end - 2)) >= 0;
    starts[size] = start;
    ends[size] = possessive ? end - 2 : end;
    possessives[size] = possessive;
    shapes[size] = shape(start, ends[size]);
    words[size] = text.substring(start, ends[size]);
    lowers[size] = words[size].toLowerCase(Locale.ROOT);
    size++;
  }

  /** How many words there are. */
  int size() {
    return size;
  }

  /** The text the words were split from. */
  String text() {
    return text;
  }

  /** Where word {@code i} starts in the text. */
  int start(int i) {
    return starts[i];
  }

  /** Where word {@code i} ends in the text, a possessive "'s" included. */
  int end(int i) {
    return ends[i] + (possessives[i] ? 2 : 0);
  }

  /** Word {@code i} as written, without a possessive "'s". */
  String word(int i) {
    return words[i];
  }

  /** Word {@code i} in lower case. */
  String lower(int i) {
    return lowers[i];
  }

  /** How word {@code i} is written. */
  Shape shape(int i) {
    return shapes[i];
  }

  private Shape shape(int start, int end) {
    char first = text.charAt(start);
    if (Character.isLowerCase(first)) {
      return Shape.LOWER;
    }
    if (!Character.isLetter(first)) {
      return Shape.OTHER;
    }
    for (int c = start + 1; c < end; c++) {
      if (Character.isLowerCase(text.charAt(c))) {
        return Shape.CAPITALISED;
      }
    }
    return Shape.UPPER;
  }

  /** Whether word {@code i} is one letter, or letters with full stops ("W", "J.P"): an initial. */
  boolean initial(int i) {
    for (int c = starts[i]; c < ends[i]; c++) {
      char ch = text.charAt(c);
      boolean letter = (c - starts[i]) % 2 == 0;
      if (letter ? !Character.isUpperCase(ch) : ch != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether words {@code i} and {@code i + 1} may be parts of one name: only white space between
   * them, but no paragraph break, or a single hyphen, and word {@code i} is no possessive
   * ("Russia's Far East"). A full stop may come first when word {@code i} is an initial or an
   * abbreviation ("George W. Bush", "Mr. Putin").
   */
  boolean joined(int i) {
    if (possessives[i]) {
      return false;
    }
    int from = ends[i];
    int to = starts[i + 1];
    if (from < to && text.charAt(from) == '.' && abbreviated(i)) {
      from++;
    }
    if (to - from == 1 && "-\u2010\u2011".indexOf(text.charAt(from)) >= 0) {
      return true;
    }
    return from < to && blank(from, to) && !paragraphBreak(from, to);
  }

  /** Whether only a comma and white space, no paragraph break, separate words {@code i} and {@code i + 1}. */
  boolean comma(int i) {
    int from = ends[i] + (possessives[i] ? 2 : 0);
    int to = starts[i + 1];
    return from < to && text.charAt(from) == ',' && blank(from + 1, to) && !paragraphBreak(from, to);
  }

  private boolean blank(int from, int to) {
    for (int c = from; c < to; c++) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** Whether only an ampersand and maybe spaces separate words {@code i} and {@code i + 1} ("AT&amp;T", "Procter &amp; Gamble"). */
  boolean ampersand(int i) {
    String gap = text.substring(ends[i] + (possessives[i] ? 2 : 0), starts[i + 1]);
    return gap.strip().equals("&") && gap.indexOf('\n') < 0;
  }

  /** Whether a blank line or a new line that starts indented lies between {@code from} and {@code to}. */
  private boolean paragraphBreak(int from, int to) {
    for (int c = from; c < to - 1; c++) {
      if (text.charAt(c) == '\n' && (text.charAt(c + 1) == '\n' || text.charAt(c + 1) == ' ' || text.charAt(c + 1) == '\t')) {
        return true;
      }
    }
    return false;
  }

  /** Whether a full stop after word {@code i} marks an initial or an abbreviation, not the end of a sentence. */
  private boolean abbreviated(int i) {
    return initial(i) || abbreviations.contains(lowers[i]);
  }

  /** Whether word {@code i} was written as a possessive ("Jordan's"). */
  boolean possessive(int i) {
    return possessives[i];
  }

  /**
   * Whether word {@code i} starts a sentence, paragraph or quotation: it is the first word, or a
   * paragraph break, full stop, question or exclamation mark, colon, semicolon, quotation mark or
   * opening bracket comes before it, other than the full stop of an initial or of an abbreviation.
   */
  boolean sentenceStart(int i) {
    if (i == 0) {
      return true;
    }
    int from = ends[i - 1] + (possessives[i - 1] ? 2 : 0);
    if (from < starts[i] && text.charAt(from) == '.' && abbreviated(i - 1)) {
      from++;
    }
    if (paragraphBreak(from, starts[i])) {
      return true;
    }
    for (int c = from; c < starts[i]; c++) {
      if (".!?:;\"\u201C\u201D([".indexOf(text.charAt(c)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text of words {@code first..last} as written, white space inside shrunk to single
   * spaces and without a final possessive: "Karl Otto\n    Poehl's" becomes "Karl Otto Poehl".
   */
  String span(int first, int last) {
    int from = starts[first];
    int to = ends[last];
    for (int c = from; c < to; c++) {
      if (spaceChar(text.charAt(c)) && (text.charAt(c) != ' ' || spaceChar(text.charAt(c + 1)))) {
        return text.substring(from, to).replaceAll("\\s+", " ");
      }
    }
    return text.substring(from, to);
  }

  /** Whether {@code ch} is white space as the regular expression {@code \s} sees it. */
  private static boolean spaceChar(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
  }

  /** Whether the whole text is written in ASCII: then no word needs folding to ASCII. */
  boolean ascii() {
    for (int c = 0; c < text.length(); c++) {
      if (text.charAt(c) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether the whole text has no lower-case letter, like a wire headline: case tells nothing there. */
  boolean caseless() {
    for (int c = 0; c < text.length(); c++) {
      if (Character.isLowerCase(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }
}

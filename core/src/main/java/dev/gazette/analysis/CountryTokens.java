package dev.gazette.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words of one text as {@link CountryGazetteer} sees them: Unicode word boundaries
 * (so hyphens split "Korea-Russia" while "U.S." stays one word, "U.S"), accents folded
 * ("Côte" becomes "Cote") and possessives dropped ("Russia's" becomes "Russia"), with case kept
 * and each word's place in the text, which tells what separates two neighbouring words.
 * Country aliases are split the same way, so a text and an alias always agree on their words.
 */
final class CountryTokens {

  /** Thread-safe: Lucene keeps one reusable token stream per thread. */
  private static final Analyzer WORDS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new EnglishPossessiveFilter(new ASCIIFoldingFilter(source)));
    }
  };

  private final String text;
  private final List<String> terms = new ArrayList<>();
  private int[] starts = new int[16];
  private int[] ends = new int[16];

  private CountryTokens(String text) {
    this.text = text;
  }

  /** Splits {@code text} into words. */
  static CountryTokens of(String text) {
    CountryTokens tokens = new CountryTokens(text);
    try (TokenStream stream = WORDS.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString(), offset.startOffset(), offset.endOffset());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return tokens;
  }

  private void add(String term, int start, int end) {
    int i = terms.size();
    if (i == starts.length) {
      starts = Arrays.copyOf(starts, i * 2);
      ends = Arrays.copyOf(ends, i * 2);
    }
    terms.add(term);
    starts[i] = start;
    ends[i] = end;
  }

  /** The words' texts, in order. */
  List<String> terms() {
    return terms;
  }

  /** How many words there are. */
  int size() {
    return terms.size();
  }

  /** Word {@code i}, folded and without possessive. */
  String term(int i) {
    return terms.get(i);
  }

  /**
   * Whether words {@code i} and {@code i + 1} may be parts of one name: only spaces or hyphens
   * between them, after the full stop of an abbreviation ("U.S. dollar", "St. Lucia").
   */
  boolean joined(int i) {
    int from = ends[i];
    String term = terms.get(i);
    if (from < starts[i + 1] && text.charAt(from) == '.' && (term.indexOf('.') >= 0 || term.length() <= 2)) {
      from++;
    }
    return gapHolds(from, starts[i + 1], true);
  }

  /** Whether only white space (no punctuation) separates words {@code i} and {@code i + 1}. */
  boolean spaced(int i) {
    return gapHolds(ends[i], starts[i + 1], false);
  }

  private boolean gapHolds(int from, int to, boolean hyphensToo) {
    for (int c = from; c < to; c++) {
      char ch = text.charAt(c);
      if (!Character.isWhitespace(ch) && !(hyphensToo && (ch == '-' || ch == '\u2010' || ch == '\u2011'))) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code i} was written as a possessive ("Jordan's"), which ends the name it belongs to. */
  boolean possessive(int i) {
    int end = ends[i];
    return end - starts[i] > 2
        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && "'\u2019\uFF07".indexOf(text.charAt(end - 2)) >= 0;
  }
}

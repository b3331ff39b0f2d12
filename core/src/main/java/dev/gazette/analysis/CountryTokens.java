package dev.gazette.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The words of one text as {@link CountryGazetteer} sees them: Unicode word boundaries
 * (so hyphens split "Korea-Russia" while "U.S." stays one word, "U.S"), accents folded
 * ("Côte" becomes "Cote") and possessives dropped ("Russia's" becomes "Russia"), with case kept
 * and each word's place in the text, which tells what separates two neighbouring words.
 * Country aliases are split the same way, so a text and an alias always agree on their words.
 *
 * <p>The words are those of the text's {@link EntityTokens}, so that a text read for both
 * countries and names is split once. A word is folded as Lucene's {@code ASCIIFoldingFilter}
 * folds it, then loses a possessive as {@code EnglishPossessiveFilter} drops it; a word written
 * in ASCII alone needs neither and shares its strings with the {@link EntityTokens} (which
 * drop the same possessives from ASCII words: "'s" after at least one more character).
 */
final class CountryTokens {

  private final String text;
  private final String[] terms;
  private final String[] lowers;
  private final int[] starts;
  private final int[] ends;

  private CountryTokens(EntityTokens words) {
    int size = words.size();
    this.text = words.text();
    this.terms = new String[size];
    this.lowers = new String[size];
    this.starts = new int[size];
    this.ends = new int[size];
    boolean ascii = words.ascii();
    for (int i = 0; i < size; i++) {
      starts[i] = words.start(i);
      ends[i] = words.end(i);
      if ((ascii || ascii(starts[i], ends[i])) && text.charAt(starts[i]) != '\'') {
        terms[i] = words.word(i);
        lowers[i] = words.lower(i);
      } else {
        terms[i] = folded(starts[i], ends[i]);
        lowers[i] = terms[i].toLowerCase(Locale.ROOT);
      }
    }
  }

  /** The word at {@code start..end} folded to ASCII, without possessive. */
  private String folded(int start, int end) {
    char[] word = text.substring(start, end).toCharArray();
    char[] folded = new char[4 * word.length];
    int length = ASCIIFoldingFilter.foldToASCII(word, 0, folded, 0, word.length);
    return new String(folded, 0, possessive(folded, length) ? length - 2 : length);
  }

  /** Splits {@code text} into words. */
  static CountryTokens of(String text) {
    return of(EntityTokens.of(text, EntityLexicon.NO_ABBREVIATIONS));
  }

  /** The words of a text already split for names. */
  static CountryTokens of(EntityTokens words) {
    return new CountryTokens(words);
  }

  private boolean ascii(int start, int end) {
    for (int c = start; c < end; c++) {
      if (text.charAt(c) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether a folded word ends in a possessive, as {@code EnglishPossessiveFilter} tells one. */
  private static boolean possessive(char[] word, int length) {
    return length >= 2 && (word[length - 1] == 's' || word[length - 1] == 'S')
        && (word[length - 2] == '\'' || word[length - 2] == '\u2019' || word[length - 2] == '\uFF07');
  }

  /** The words' texts, in order. */
  List<String> terms() {
    return Arrays.asList(terms);
  }

  /** How many words there are. */
  int size() {
    return terms.length;
  }

  /** Word {@code i}, folded and without possessive. */
  String term(int i) {
    return terms[i];
  }

  /** Word {@code i}, folded, without possessive and in lower case. */
  String lower(int i) {
    return lowers[i];
  }

  /**
   * Whether words {@code i} and {@code i + 1} may be parts of one name: only spaces or hyphens
   * between them, after the full stop of an abbreviation ("U.S. dollar", "St. Lucia").
   */
  boolean joined(int i) {
    int from = ends[i];
    String term = terms[i];
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

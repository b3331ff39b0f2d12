package dev.gazette.analysis;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
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

  private final EntityTokens words;
  private final String text;
  /** Words folded, and in lower case, where they differ from the {@link EntityTokens}' words; null if none do. */
  private String[] terms;
  private String[] lowers;

  private CountryTokens(EntityTokens words) {
    this.words = words;
    this.text = words.text();
    boolean ascii = words.ascii();
    for (int i = 0; i < words.size(); i++) {
      int start = words.start(i);
      if (!(ascii || ascii(start, words.end(i))) || text.charAt(start) == '\'') {
        if (terms == null) {
          terms = new String[words.size()];
          lowers = new String[words.size()];
        }
        terms[i] = folded(start, words.end(i));
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
    return of(EntityTokens.of(text, EntityTokens.NO_ABBREVIATIONS));
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
    return IntStream.range(0, size()).mapToObj(this::term).toList();
  }

  /** How many words there are. */
  int size() {
    return words.size();
  }

  /** Word {@code i}, folded and without possessive. */
  String term(int i) {
    return terms != null && terms[i] != null ? terms[i] : words.word(i);
  }

  /** Word {@code i}, folded, without possessive and in lower case. */
  String lower(int i) {
    return terms != null && terms[i] != null ? lowers[i] : words.lower(i);
  }

  /**
   * Whether words {@code i} and {@code i + 1} may be parts of one name: only spaces or hyphens
   * between them, after the full stop of an abbreviation ("U.S. dollar", "St. Lucia").
   */
  boolean joined(int i) {
    int from = words.end(i);
    String term = term(i);
    if (from < words.start(i + 1) && text.charAt(from) == '.' && (term.indexOf('.') >= 0 || term.length() <= 2)) {
      from++;
    }
    return gapHolds(from, words.start(i + 1), true);
  }

  /** Whether only white space (no punctuation) separates words {@code i} and {@code i + 1}. */
  boolean spaced(int i) {
    return gapHolds(words.end(i), words.start(i + 1), false);
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
    return words.possessive(i);
  }
}

package dev.gazette.suggest;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps the phrases worth completing to: those whose first and last words are no English stop word
 * and hold a letter ("of the" and "1 2" go; nobody wants them completed).
 */
final class WantedPhrases extends FilteringTokenFilter {
  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final CharTermAttribute phrase = addAttribute(CharTermAttribute.class);

  /** Filters the phrases of {@code input}, words joined by single spaces. */
  WantedPhrases(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    char[] chars = phrase.buffer();
    int length = phrase.length();
    int firstEnd = 0;
    while (firstEnd < length && chars[firstEnd] != ' ') {
      firstEnd++;
    }
    int lastStart = length;
    while (lastStart > 0 && chars[lastStart - 1] != ' ') {
      lastStart--;
    }
    return meaningful(chars, 0, firstEnd) && meaningful(chars, lastStart, length);
  }

  private static boolean meaningful(char[] chars, int start, int end) {
    if (STOP_WORDS.contains(chars, start, end - start)) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetter(chars[i])) {
        return true;
      }
    }
    return false;
  }
}

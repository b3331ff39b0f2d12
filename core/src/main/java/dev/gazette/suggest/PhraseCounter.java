package dev.gazette.suggest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * Counts in how many articles each phrase of one to three folded words occurs. Phrases starting or
 * ending with an English stop word or a word without letters ("of the", "1 2") are not counted:
 * nobody wants them completed.
 *
 * <p>Memory stays bounded: when more than {@code maxPhrases} distinct phrases are held, the rarest
 * are forgotten (lossy counting), so in a very large index a phrase first seen late may be
 * undercounted or missed. Not thread-safe.
 */
final class PhraseCounter {
  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final Analyzer phrases;
  private final int maxPhrases;
  private BytesRefHash seen = new BytesRefHash();
  private int[] articles = new int[16];
  private int[] lastSeenIn = new int[16];
  private int article;

  /** A counter reading text with {@code phrases} and holding about {@code maxPhrases} distinct phrases at most. */
  PhraseCounter(Analyzer phrases, int maxPhrases) {
    this.phrases = phrases;
    this.maxPhrases = maxPhrases;
  }

  /** Counts the phrases of one article, whose text is {@code texts}. */
  void addArticle(String... texts) {
    article++;
    for (String text : texts) {
      if (text != null) {
        addText(text);
      }
    }
    if (seen.size() > maxPhrases) {
      forgetRarest();
    }
  }

  /** The phrases found in at least {@code minArticles} articles, each weighted by that number. */
  List<Entry> frequent(int minArticles) {
    List<Entry> frequent = new ArrayList<>();
    BytesRef phrase = new BytesRef();
    for (int id = 0; id < seen.size(); id++) {
      if (articles[id] >= minArticles) {
        frequent.add(new Entry(seen.get(id, phrase).utf8ToString(), articles[id], null));
      }
    }
    return frequent;
  }

  private void addText(String text) {
    try (TokenStream stream = phrases.tokenStream("", text)) {
      CharTermAttribute chars = stream.addAttribute(CharTermAttribute.class);
      TermToBytesRefAttribute bytes = stream.addAttribute(TermToBytesRefAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (wanted(chars)) {
          count(bytes.getBytesRef(), 1);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds {@code times} articles to {@code phrase}'s count unless the current article was counted already. */
  private void count(BytesRef phrase, int times) {
    int id = seen.add(phrase);
    if (id < 0) {
      id = -id - 1;
    } else {
      articles = ArrayUtil.grow(articles, id + 1);
      lastSeenIn = ArrayUtil.grow(lastSeenIn, id + 1);
    }
    if (lastSeenIn[id] != article) {
      lastSeenIn[id] = article;
      articles[id] += times;
    }
  }

  /** Keeps only phrases in at least {@code bar} articles, raising the bar from 2 until at most half the room is used. */
  private void forgetRarest() {
    for (int bar = 2; seen.size() > maxPhrases / 2; bar++) {
      BytesRefHash all = seen;
      int[] counts = articles;
      seen = new BytesRefHash();
      articles = new int[16];
      lastSeenIn = new int[16];
      BytesRef phrase = new BytesRef();
      for (int id = 0; id < all.size(); id++) {
        if (counts[id] >= bar) {
          count(all.get(id, phrase), counts[id]);
        }
      }
    }
  }

  /** Whether {@code phrase}'s first and last words are worth completing to: no stop word, some letter. */
  private static boolean wanted(CharTermAttribute phrase) {
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

package dev.gazette.suggest;

import dev.gazette.analysis.AnalyzerSpec;
import dev.gazette.analysis.TokenFilterSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The analysis of autocomplete, whatever analysis the index uses: words split as the index splits
 * them, possessives dropped, lowercased and accent-folded, so completions ignore case and accents.
 */
final class SuggestAnalysis {
  /** The longest phrase counted, in words. */
  static final int MAX_PHRASE_WORDS = 3;
  /** The longest word start indexed as a term of its own, in characters (code points). */
  static final int MAX_START_CHARS = 4;

  private static final List<TokenFilterSpec> FOLDING = List.of(
      TokenFilterSpec.of("englishPossessive"), TokenFilterSpec.of("lowercase"), TokenFilterSpec.of("asciiFolding"));

  private SuggestAnalysis() {}

  /** Folded words: what titles are matched and marked with, and what typed text is read with. */
  static Analyzer words() {
    return new AnalyzerSpec("suggest", "standard", FOLDING).build();
  }

  /**
   * The starts of the folded words: the first one to {@value #MAX_START_CHARS} characters of each
   * ("japan" gives "j", "ja", "jap", "japa"), so that titles are found by a short typed prefix
   * with one term, not by expanding it to every word it begins.
   */
  static Analyzer wordStarts() {
    List<TokenFilterSpec> filters = new ArrayList<>(FOLDING);
    filters.add(new TokenFilterSpec("edgeNGram", Map.of(
        "minGramSize", "1", "maxGramSize", Integer.toString(MAX_START_CHARS), "preserveOriginal", "false")));
    return new AnalyzerSpec("suggest-starts", "standard", filters).build();
  }

  /** Folded words and every run of two to {@link #MAX_PHRASE_WORDS} of them, joined by single spaces. */
  static Analyzer phrases() {
    List<TokenFilterSpec> filters = new ArrayList<>(FOLDING);
    filters.add(new TokenFilterSpec("shingle", Map.of(
        "minShingleSize", "2", "maxShingleSize", Integer.toString(MAX_PHRASE_WORDS), "outputUnigrams", "true")));
    return new AnalyzerSpec("suggest-phrases", "standard", filters).build();
  }

  /** Receives the words of a text one by one. */
  @FunctionalInterface
  interface WordSink {
    /** Takes the word {@code word} found at {@code start..end} of the text; false to stop reading. */
    boolean take(String word, int start, int end);
  }

  /**
   * Feeds every word {@code analyzer} finds in {@code text} to {@code sink}, in order, until it
   * asks to stop; returns the length of the text as the analyzer counts it, or -1 when stopped.
   */
  static int eachWord(Analyzer analyzer, String text, WordSink sink) {
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      boolean reading = true;
      while (reading && stream.incrementToken()) {
        reading = sink.take(term.toString(), offset.startOffset(), offset.endOffset());
      }
      stream.end();
      return reading ? offset.endOffset() : -1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

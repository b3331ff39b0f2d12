package dev.gazette.search;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * Lucene's Levenshtein automata for near misses, built once per word, edit distance and typo-free
 * prefix, and shared by every field, segment and search that asks for them, did-you-mean included.
 *
 * <p>A {@link FuzzyQuery} builds the automata of its word on its first segment and hands them to
 * the next segments through the attributes of its rewrite (Lucene's {@code FuzzyTermsEnum}
 * keeps them in an attribute of its own); the same word in another field, in the highlighter's
 * rewrite or in the spell checker builds them all again, and building them is most of what a near
 * miss costs. The queries made here put the attribute that holds the automata, once built, into
 * every rewrite of the same word, so Lucene runs exactly as before but builds nothing it has built.
 * Should a Lucene release keep its automata otherwise, nothing is found to share and every query
 * builds its own, as Lucene's do. What a scored near miss rewrites to on a reader is kept too
 * ({@link NearMissRewrites}).
 */
final class FuzzyAutomata {
  /**
   * The most memory kept automata may take: 32 MB, or a 32nd of the heap when that is less, the
   * least recently used word dropped first. Enough for the automata of some 2,000 words of five to
   * eight letters or 200 of nine or ten, so that the words of recent searches (the same words
   * again at every key typed, a search's next pages, the words a reader's archive is searched for
   * every day) build none. Each word is weighed by an upper bound of its automata's size ({@link
   * Key#weight}).
   */
  static final long DEFAULT_BUDGET = Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 32);
  /** The attribute Lucene's {@code FuzzyTermsEnum} shares its automata in (a private class). */
  private static final String SHARED_ATTRIBUTE = "org.apache.lucene.search.FuzzyTermsEnum$AutomatonAttributeImpl";

  /** What the automata of a near miss depend on. */
  private record Key(String word, int edits, int prefixLength, boolean transpositions) {
    /**
     * An upper bound of the bytes of this word's automata, from their measured sizes: per letter
     * after the typo-free prefix, about 2.3 KB one edit deep and 13 KB two edits deep, growing
     * with the word's length; up to three times that for letters of two bytes in UTF-8 (Latin
     * accents, Greek, Cyrillic) and eight times for letters of three or four (other scripts).
     */
    long weight() {
      long letters = Math.max(1, word.codePointCount(0, word.length()) - prefixLength);
      long perLetter = edits >= 2 ? 12_800 + 256 * letters : edits == 1 ? 2_400 : 256;
      int widest = word.codePoints().max().orElse(0);
      long script = widest > 0x7FF ? 8 : widest > 0x7F ? 3 : 1;
      return 1_024 + letters * perLetter * script;
    }
  }

  private final NearMissRewrites rewrites = new NearMissRewrites(NearMissRewrites.DEFAULT_BUDGET);
  private final WeighedLru<Key, AttributeImpl> built;

  /** Automata kept up to {@link #DEFAULT_BUDGET}. */
  FuzzyAutomata() {
    this(DEFAULT_BUDGET);
  }

  /** Automata kept up to {@code budget} bytes. */
  FuzzyAutomata(long budget) {
    this.built = new WeighedLru<>(budget);
  }

  /**
   * A {@link FuzzyQuery} with these arguments whose automata are shared and, when {@code rewrite}
   * picks the top terms, whose rewrite on a reader is kept.
   */
  FuzzyQuery query(Term term, int edits, int prefixLength, int maxExpansions, boolean transpositions,
      MultiTermQuery.RewriteMethod rewrite) {
    return new SharedFuzzyQuery(term, edits, prefixLength, maxExpansions, transpositions,
        rewrite instanceof TopTermsRewrite<?> ? rewrites.keeping(rewrite) : rewrite);
  }

  /**
   * The terms of {@code terms} within {@code edits} of {@code term}'s word, as Lucene's {@code
   * FuzzyTermsEnum} enumerates them (its boost and non-competitive boost in its attributes), with
   * shared automata.
   */
  TermsEnum terms(Terms terms, Term term, int edits, int prefixLength, boolean transpositions) throws IOException {
    return new SharedFuzzyQuery(term, edits, prefixLength, FuzzyQuery.defaultMaxExpansions, transpositions,
        MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE).enumerate(terms);
  }

  /** How many words' automata are kept now. */
  int size() {
    return built.size();
  }

  /** The bytes the kept automata take, by {@link Key#weight}. */
  long keptBytes() {
    return built.bytes();
  }

  private final class SharedFuzzyQuery extends FuzzyQuery {
    SharedFuzzyQuery(Term term, int edits, int prefixLength, int maxExpansions, boolean transpositions,
        MultiTermQuery.RewriteMethod rewrite) {
      super(term, edits, prefixLength, maxExpansions, transpositions, rewrite);
    }

    TermsEnum enumerate(Terms terms) throws IOException {
      return getTermsEnum(terms, new AttributeSource());
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
      Key key = new Key(getTerm().text(), getMaxEdits(), getPrefixLength(), getTranspositions());
      AttributeImpl shared = built.get(key);
      if (shared != null) {
        atts.addAttributeImpl(shared);
      }
      TermsEnum enumerated = super.getTermsEnum(terms, atts);
      if (shared == null) {
        remember(key, atts);
      }
      return enumerated;
    }
  }

  private void remember(Key key, AttributeSource atts) {
    for (Iterator<AttributeImpl> impls = atts.getAttributeImplsIterator(); impls.hasNext(); ) {
      AttributeImpl impl = impls.next();
      if (impl.getClass().getName().equals(SHARED_ATTRIBUTE)) {
        built.put(key, impl, key.weight());
        return;
      }
    }
  }
}

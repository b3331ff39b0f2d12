package dev.gazette.search;

import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
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
 * builds its own, as Lucene's do.
 */
final class FuzzyAutomata {
  /**
   * How many words' automata are kept, the least recently used dropped first: enough for the words
   * of the searches in flight and their next pages; a set of automata two edits deep weighs 80–190
   * KB (one edit deep 15–30 KB), so at most about 12 MB.
   */
  static final int CAPACITY = 64;
  /** The attribute Lucene's {@code FuzzyTermsEnum} shares its automata in (a private class). */
  private static final String SHARED_ATTRIBUTE = "org.apache.lucene.search.FuzzyTermsEnum$AutomatonAttributeImpl";

  /** What the automata of a near miss depend on. */
  private record Key(String word, int edits, int prefixLength, boolean transpositions) {}

  private final Map<Key, AttributeImpl> built = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, AttributeImpl> eldest) {
      return size() > CAPACITY;
    }
  });

  /** A {@link FuzzyQuery} with these arguments whose automata are shared. */
  FuzzyQuery query(Term term, int edits, int prefixLength, int maxExpansions, boolean transpositions,
      MultiTermQuery.RewriteMethod rewrite) {
    return new SharedFuzzyQuery(term, edits, prefixLength, maxExpansions, transpositions, rewrite);
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
        built.put(key, impl);
        return;
      }
    }
  }
}

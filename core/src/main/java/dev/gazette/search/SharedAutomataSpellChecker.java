package dev.gazette.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Lucene's {@link DirectSpellChecker} with its defaults, whose candidates a word's shared
 * Levenshtein automata find ({@link FuzzyAutomata}): the automata the typo retry built for a word
 * serve its correction, and the reverse. Candidates are collected as the checker collects them with
 * its default distance (the internal Levenshtein score, the same queue and thresholds), so the
 * suggestions are the same.
 */
final class SharedAutomataSpellChecker extends DirectSpellChecker {
  private final FuzzyAutomata automata;

  /** A checker finding candidates with the automata of {@code automata}. */
  SharedAutomataSpellChecker(FuzzyAutomata automata) {
    this.automata = automata;
  }

  @Override
  protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader ir, int docfreq, int editDistance,
      float accuracy, CharsRefBuilder spare) throws IOException {
    Terms terms = MultiTerms.getTerms(ir, term.field());
    if (terms == null) {
      return List.of();
    }
    TermsEnum candidates = automata.terms(terms, term, editDistance, Math.max(getMinPrefix(), editDistance - 1), true);
    BoostAttribute boost = candidates.attributes().addAttribute(BoostAttribute.class);
    MaxNonCompetitiveBoostAttribute competitive =
        candidates.attributes().addAttribute(MaxNonCompetitiveBoostAttribute.class);
    PriorityQueue<ScoreTerm> queue = new PriorityQueue<>();
    BytesRef word = term.bytes();
    ScoreTerm next = new ScoreTerm();
    for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
      float score = boost.getBoost();
      if ((queue.size() >= numSug && score <= queue.peek().boost) || word.bytesEquals(candidate)) {
        continue;
      }
      int df = candidates.docFreq();
      if (df <= docfreq || score < accuracy) {
        continue;
      }
      next.term = BytesRef.deepCopyOf(candidate);
      next.boost = score;
      next.docfreq = df;
      next.score = score;
      queue.offer(next);
      next = queue.size() > numSug ? queue.poll() : new ScoreTerm();
      competitive.setMaxNonCompetitiveBoost(queue.size() >= numSug ? queue.peek().boost : Float.NEGATIVE_INFINITY);
    }
    return queue;
  }
}

package dev.gazette.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, its defaults, times a bonus for passages early in
 * the text), to the same float, without Lucene's per-passage hash of the matched words: that
 * allocates a 32 KB block for every passage scored, though a passage holds a handful of matches.
 * Here the distinct words are found by comparing each match with those before it, in the same
 * order, so the sum and so the chosen passages are the same. Stateless, so one serves all.
 */
final class LeanPassageScorer extends PassageScorer {
  static final LeanPassageScorer INSTANCE = new LeanPassageScorer();

  private LeanPassageScorer() {}

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    BytesRef[] distinct = new BytesRef[matches];
    int[] freqsInPassage = new int[matches];
    int[] distinctFreqsInDoc = new int[matches];
    int count = 0;
    for (int i = 0; i < matches; i++) {
      int index = indexOf(distinct, count, terms[i]);
      if (index < 0) {
        index = count++;
        distinct[index] = terms[i];
        distinctFreqsInDoc[index] = freqsInDoc[i];
      }
      freqsInPassage[index]++;
    }
    double score = 0d;
    for (int i = 0; i < count; i++) {
      score += tf(freqsInPassage[i], passage.getLength()) * weight(contentLength, distinctFreqsInDoc[i]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }

  private static int indexOf(BytesRef[] distinct, int count, BytesRef term) {
    for (int i = 0; i < count; i++) {
      if (distinct[i].bytesEquals(term)) {
        return i;
      }
    }
    return -1;
  }
}

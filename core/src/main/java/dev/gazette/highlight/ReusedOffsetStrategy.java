package dev.gazette.highlight;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The matches of one field's query in each hit, with their offsets read from the postings, as
 * Lucene's own strategy in weight-matches mode finds them, but with what it builds for a hit built
 * once per index segment and reused for every hit. Lucene's rewrites the query and looks up its
 * every word in the segment's term dictionary again for each document it highlights, and opens a
 * new postings enum per word and hit that skips to the hit from the start of the postings.
 *
 * <p>A query of words only (term queries under disjunctions, the usual search) keeps one postings
 * enum per word of the query and moves it forward hit by hit, since the highlighter asks for a
 * field's hits in increasing document order. Each occurrence is one match counted once, as weight
 * matches count it, so passages and marks are the same. Any other query (a phrase must be marked
 * as one unit) has its weight built once per segment and asked for each hit's matches.
 *
 * <p>The query is {@link FieldQueries#only restricted} to the highlighted field, so marking a
 * title does not also find the body's matches only to drop them (and the other way round). Used
 * for one request on one thread, like the highlighter that makes it.
 */
final class ReusedOffsetStrategy extends PostingsOffsetStrategy {
  private final Query fieldQuery;
  private LeafReader segment;
  private Weight weight;
  /** The words of the query, one per term query, when it is made of words only; else {@code null}. */
  private List<Term> words;
  /** Each word's postings in the segment, {@code null} for a word the segment lacks. */
  private PostingsEnum[] postings;
  private int lastDoc;

  ReusedOffsetStrategy(UHComponents components) {
    super(components);
    this.fieldQuery = FieldQueries.only(components.query(), components.field());
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
      throws IOException {
    if (fieldQuery == null) {
      return;
    }
    if (leafReader != segment || docId <= lastDoc) {
      open(leafReader);
    }
    lastDoc = docId;
    if (words != null) {
      addWordOffsets(docId, results);
      return;
    }
    Matches matches = weight.matches(leafReader.getContext(), docId);
    if (matches == null) {
      return;
    }
    MatchesIterator iterator = matches.getMatches(getField());
    if (iterator != null) {
      results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
    }
  }

  private void open(LeafReader leafReader) throws IOException {
    IndexSearcher searcher = new IndexSearcher(leafReader);
    searcher.setQueryCache(null);
    Query rewritten = searcher.rewrite(fieldQuery);
    words = FieldQueries.wordsOnly(rewritten);
    if (words != null) {
      postings = new PostingsEnum[words.size()];
      TermsEnum terms = leafReader.terms(getField()).iterator();
      for (int i = 0; i < postings.length; i++) {
        Term word = words.get(i);
        if (word.field().equals(getField()) && terms.seekExact(word.bytes())) {
          postings[i] = terms.postings(null, PostingsEnum.OFFSETS);
        }
      }
    } else {
      weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    segment = leafReader;
    lastDoc = -1;
  }

  /** Each word's occurrences in {@code docId}, counted once each (the frequency weight matches give). */
  private void addWordOffsets(int docId, List<OffsetsEnum> results) throws IOException {
    for (int i = 0; i < postings.length; i++) {
      PostingsEnum wordPostings = postings[i];
      if (wordPostings == null || wordPostings.docID() == DocIdSetIterator.NO_MORE_DOCS) {
        continue;
      }
      if ((wordPostings.docID() < docId ? wordPostings.advance(docId) : wordPostings.docID()) == docId) {
        results.add(new OffsetsEnum.OfPostings(words.get(i).bytes(), 1, wordPostings));
      }
    }
  }
}

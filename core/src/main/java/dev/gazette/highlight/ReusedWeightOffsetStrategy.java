package dev.gazette.highlight;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
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
 * Lucene's own strategy in weight-matches mode does, but with the query's weight built once per
 * index segment rather than once per hit: Lucene's rewrites the query and looks up its every word
 * in the segment's term dictionary again for each document it highlights.
 *
 * <p>The query is {@link FieldQueries#only restricted} to the highlighted field, so marking a
 * title does not also find the body's matches only to drop them (and the other way round). Used
 * for one request on one thread, like the highlighter that makes it.
 */
final class ReusedWeightOffsetStrategy extends PostingsOffsetStrategy {
  private final Query fieldQuery;
  private LeafReader segment;
  private Weight weight;

  ReusedWeightOffsetStrategy(UHComponents components) {
    super(components);
    this.fieldQuery = FieldQueries.only(components.query(), components.field());
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId, List<OffsetsEnum> results)
      throws IOException {
    if (fieldQuery == null) {
      return;
    }
    if (leafReader != segment) {
      IndexSearcher searcher = new IndexSearcher(leafReader);
      searcher.setQueryCache(null);
      weight = searcher.createWeight(searcher.rewrite(fieldQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
      segment = leafReader;
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
}

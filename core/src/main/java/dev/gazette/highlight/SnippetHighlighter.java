package dev.gazette.highlight;

import dev.gazette.SearchResult.Snippets;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted snippets for hits: the whole title with matches marked, and the best one to three
 * body passages of about {@value #PASSAGE_LENGTH} characters. Phrases are marked as one unit.
 *
 * <p>Lucene's unified highlighter in weight-matches mode, made cheap where it spent its time on a
 * page of hits: the offsets come from the postings (title and body are indexed with them), with
 * the query's near misses rewritten to their words once per search, so that they too are read
 * from the postings rather than by analysing each hit again; what finds a hit's matches is built
 * once per segment and field and reused hit by hit ({@link ReusedOffsetStrategy}); sentences are found in one pass over each body
 * ({@link SentenceBreakIterator}); passages are scored without a hash per passage
 * ({@link LeanPassageScorer}). A prefix query is still highlighted by analysing the hit, as Lucene
 * decides for any query that expands to words only in the document.
 */
public final class SnippetHighlighter extends UnifiedHighlighter {
  /** The length body passages aim for, in characters. */
  public static final int PASSAGE_LENGTH = 160;
  private static final String[] FIELDS = {Schema.TITLE, Schema.BODY};
  /** The most body passages a hit shows. */
  public static final int MAX_BODY_PASSAGES = 3;

  private final PassageFormatter formatter;

  /** A highlighter over {@code searcher}'s documents that marks matches with the given tags. */
  public SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, String preTag, String postTag) {
    super(UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(Integer.MAX_VALUE - 1));
    this.formatter = new EscapingPassageFormatter(preTag, postTag);
  }

  /**
   * Snippets for each of {@code docIds} (in that order), with the matches of {@code query}
   * marked; a {@code null} query marks nothing.
   */
  @SuppressWarnings("unchecked")
  public Snippets[] snippets(Query query, int[] docIds) throws IOException {
    // Near misses and other multi-term queries become their words once, here, not once per hit.
    Query marked = query == null ? new MatchAllDocsQuery() : searcher.rewrite(query);
    Map<String, Object[]> byField = highlightFieldsAsObjects(FIELDS, marked, docIds, new int[] {1, MAX_BODY_PASSAGES});
    Object[] titles = byField.get(Schema.TITLE);
    Object[] bodies = byField.get(Schema.BODY);
    Snippets[] snippets = new Snippets[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      List<String> title = (List<String>) titles[i];
      List<String> body = (List<String>) bodies[i];
      snippets[i] = new Snippets(
          title == null || title.isEmpty() ? "" : title.get(0),
          body == null ? List.of() : body);
    }
    return snippets;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    if (field.equals(Schema.TITLE)) {
      return new WholeBreakIterator();
    }
    return LengthGoalBreakIterator.createClosestToLength(new SentenceBreakIterator(), PASSAGE_LENGTH, 0.5f);
  }

  /** Offsets from the postings, as in weight-matches mode, with what finds them built once per segment. */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
    return offsetSource == OffsetSource.POSTINGS && components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
        ? new ReusedOffsetStrategy(components)
        : super.getOffsetStrategy(offsetSource, components);
  }

  @Override
  protected PassageScorer getScorer(String field) {
    return LeanPassageScorer.INSTANCE;
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return formatter;
  }

  @Override
  protected int getMaxNoHighlightPassages(String field) {
    return 1;
  }
}

package dev.gazette.search;

import dev.gazette.plan.Match;
import dev.gazette.plan.Matches;
import dev.gazette.plan.QueryPlan;
import java.io.IOException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * The steps of a search by words on one searcher, which a search by meaning ({@link HybridSearch})
 * reuses: the plan's queries, its filters, counting one query's matches, and assembling a page.
 */
interface WordSearch {
  /**
   * One page of hits of one query, with the total, the cursor after it, the facet counts (each
   * dimension ignoring its own filter) and the counts of exactly the matching articles.
   */
  record Counted(long total, ScoreDoc[] hits, String nextCursor, Facets facets, Facets matching) {}

  /** {@code match} as a Lucene query. */
  Query query(Match match);

  /** The scored query of {@code plan}: expanded by pseudo-relevance feedback, multiplied by freshness, as it says. */
  Query ranking(QueryPlan plan) throws IOException;

  /**
   * {@code ranking} within the plan's dates and narrowing filters, with each dimension's facet
   * selection as a drill-down dimension, so that drill-sideways counts it apart ({@link FilterPlan}).
   */
  DrillDownQuery filtered(Query ranking, QueryPlan.Within within);

  /**
   * What every match of {@code within} must pass, as one filter (dates, narrowing filters and
   * facet selections), or {@code null} when nothing narrows: the filter of the search by meaning.
   */
  Query filterOf(QueryPlan.Within within);

  /** The page {@code plan} asks for of the matches of {@code ranking}, counted. */
  Counted collect(QueryPlan plan, Query ranking) throws IOException;

  /**
   * The matches of {@code plan} whose counts are {@code counted}'s and whose page is {@code
   * hitsOnPage}: the hits with their snippets and fields, the facet counts and the timeline.
   */
  Matches matches(QueryPlan plan, Counted counted, ScoreDoc[] hitsOnPage, String nextCursor, long wordTotal)
      throws IOException;
}

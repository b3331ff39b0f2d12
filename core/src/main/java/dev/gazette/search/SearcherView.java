package dev.gazette.search;

import dev.gazette.EmbeddingProgress;
import dev.gazette.Filter;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.Snippets;
import dev.gazette.SearchResult.Timeline;
import dev.gazette.SearchRequest;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.DateCounts;
import dev.gazette.facet.FacetCounter;
import dev.gazette.facet.NameAliases;
import dev.gazette.facet.TimelineCounter;
import dev.gazette.highlight.SnippetHighlighter;
import dev.gazette.plan.Match;
import dev.gazette.plan.Matches;
import dev.gazette.plan.QueryPlan;
import dev.gazette.plan.Searchable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The embedded index as the search pipeline sees it for one request: one searcher (with the time
 * budget, counted from the request's start) and its facet state, on which plans are translated
 * into Lucene queries and run, with exact totals, multi-select facet counts and highlighting.
 */
final class SearcherView implements Searchable, WordSearch {
  private final SearchParts parts;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;

  SearcherView(SearchParts parts, IndexSearcher shared) throws IOException {
    this.parts = parts;
    this.searcher = untimed(shared);
    searcher.setTimeout(new QueryTimeoutImpl(parts.timeoutMs()));
    this.state = parts.facetStates().of(searcher.getIndexReader());
  }

  private static IndexSearcher untimed(IndexSearcher timed) {
    IndexSearcher searcher = new IndexSearcher(timed.getIndexReader());
    searcher.setSimilarity(timed.getSimilarity());
    return searcher;
  }

  @Override
  public Set<String> dimensions() {
    return parts.dimensions().of(state);
  }

  @Override
  public SearchRequest widen(SearchRequest request) {
    return NameAliases.of(state).widen(request);
  }

  @Override
  public Optional<EmbeddingProgress> embedding(String model) throws IOException {
    return Optional.of(EmbeddingProgress.of(model, parts.vectorCounts().of(searcher),
        searcher.getIndexReader().numDocs()));
  }

  @Override
  public Matches run(QueryPlan plan) throws IOException {
    if (plan.semantic() != null) {
      return new HybridSearch(this, searcher, plan).run();
    }
    Counted page = collect(plan, ranking(plan));
    return matches(plan, page, page.hits(), page.nextCursor(), page.total());
  }

  @Override
  public Matches matches(QueryPlan plan, Counted counted, ScoreDoc[] hitsOnPage, String nextCursor, long wordTotal)
      throws IOException {
    QueryPlan.Tags tags = plan.shown().tags();
    Snippets[] snippets = tags != null && hitsOnPage.length > 0
        ? new SnippetHighlighter(searcher, parts.schema().analyzer(), tags.pre(), tags.post())
            .snippets(plan.highlight() == null ? null : parts.queries().query(plan.highlight()),
                PageHits.docIds(hitsOnPage))
        : null;
    boolean scored = SortOrder.isScored(plan.page().sort());
    List<SearchResult.Hit> hits = PageHits.read(searcher, hitsOnPage, snippets, scored, plan.shown().fields());
    Map<String, List<SearchResult.FacetValue>> counts =
        FacetCounter.counts(counted.facets(), state, plan.shown().facets(), plan.shown().facetLimit());
    Timeline timeline = plan.shown().timeline() ? TimelineCounter.timeline(DateCounts.of(counted.matching())) : null;
    return new Matches(counted.total(), hits, nextCursor, counts, timeline, searcher.timedOut(), wordTotal);
  }

  @Override
  public long count(QueryPlan plan) throws IOException {
    return searcher.count(filtered(parts.queries().query(plan.ranking()), plan.within()));
  }

  @Override
  public boolean holds(String word) throws IOException {
    return Spelling.holds(searcher.getIndexReader(), word);
  }

  @Override
  public Optional<String> closest(String word, int maxEdits) throws IOException {
    return parts.spelling().closest(searcher.getIndexReader(), word, maxEdits);
  }

  /** The explanation of the query that ranked the article in {@link #run}, so its value is the hit's score. */
  @Override
  public Optional<String> explain(QueryPlan plan, String id) throws IOException {
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    if (plan.semantic() != null) {
      return new HybridSearch(this, searcher, plan).explain(found.scoreDocs[0].doc);
    }
    Explanation explanation = searcher.explain(filtered(ranking(plan), plan.within()), found.scoreDocs[0].doc);
    return explanation.isMatch() ? Optional.of(explanation.toString()) : Optional.empty();
  }

  @Override
  public Counted collect(QueryPlan plan, Query ranking) throws IOException {
    DrillDownQuery query = filtered(ranking, plan.within());
    QueryPlan.Page asked = plan.page();
    FieldDoc after = asked.cursor() == null ? null : Cursor.decode(asked.cursor(), asked.sort());
    int offset = after == null ? asked.offset() : 0;
    var hitsManager = new TopFieldCollectorManager(
        SortOrder.of(asked.sort()), offset + asked.size() + 1, after, Integer.MAX_VALUE);
    TopFieldDocs top;
    Facets facets = null;
    Facets matching = null;
    boolean needFacets = plan.shown().counts();
    if (needFacets && state != null && plan.within().filters().selections().isEmpty()) {
      // Without facet selections every dimension counts the same matches: one pass, one count.
      Object[] both = searcher.search(query, new MultiCollectorManager(hitsManager, new FacetsCollectorManager()));
      top = (TopFieldDocs) both[0];
      facets = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
      matching = facets;
    } else if (needFacets && state != null) {
      // Lucene's drill-sideways scorer must see every document in one pass, which a time limit
      // would cut into slices; with facet filters it runs without the budget.
      DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
          new DrillSideways(untimed(searcher), parts.facetsConfig(), state).search(query, hitsManager);
      top = result.collectorResult;
      facets = result.facets;
      matching = plan.shown().timeline() ? new SortedSetDocValuesFacetCounts(state, result.drillDownFacetsCollector) : null;
    } else {
      top = searcher.search(query, hitsManager);
    }
    ScoreDoc[] page = pageOf(top, offset, asked.size());
    boolean more = top.scoreDocs.length > offset + asked.size();
    String nextCursor = more && page.length > 0 ? Cursor.after((FieldDoc) page[page.length - 1], asked.sort()) : null;
    return new Counted(top.totalHits.value(), page, nextCursor, facets, matching);
  }

  @Override
  public Query query(Match match) {
    return parts.queries().query(match);
  }

  @Override
  public Query ranking(QueryPlan plan) throws IOException {
    Query ranking = parts.queries().query(plan.ranking());
    if (plan.scoring().feedback()) {
      ranking = parts.feedback().expand(searcher, ranking, filtered(ranking, plan.within()));
    }
    return plan.scoring().recency()
        ? RecencyBoost.apply(ranking, searcher.getIndexReader(), plan.scoring().recencyHalfLifeDays())
        : ranking;
  }

  @Override
  public DrillDownQuery filtered(Query ranking, QueryPlan.Within within) {
    FilterPlan filters = within.filters();
    Query base = ranking;
    if (within.dated() || !filters.narrowing().isEmpty()) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder().add(ranking, Occur.MUST);
      if (within.dated()) {
        builder.add(dates(within), Occur.FILTER);
      }
      filters.narrowing().forEach(filter -> builder.add(parts.filterQueries().of(filter), Occur.FILTER));
      base = builder.build();
    }
    DrillDownQuery query = new DrillDownQuery(parts.facetsConfig(), base);
    filters.selections().forEach((dim, values) -> query.add(dim, parts.filterQueries().of(Filter.anyOf(values))));
    return query;
  }

  @Override
  public Query filterOf(QueryPlan.Within within) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    if (within.dated()) {
      builder.add(dates(within), Occur.FILTER);
    }
    within.filters().narrowing().forEach(filter -> builder.add(parts.filterQueries().of(filter), Occur.FILTER));
    within.filters().selections().forEach(
        (dim, values) -> builder.add(parts.filterQueries().of(Filter.anyOf(values)), Occur.FILTER));
    BooleanQuery filter = builder.build();
    return filter.clauses().isEmpty() ? null : filter;
  }

  private static Query dates(QueryPlan.Within within) {
    long from = within.from() == null ? Long.MIN_VALUE : within.from().toEpochMilli();
    long to = within.to() == null ? Long.MAX_VALUE : within.to().toEpochMilli();
    return LongPoint.newRangeQuery(Schema.PUBLISHED, from, to);
  }

  static ScoreDoc[] pageOf(TopDocs top, int offset, int size) {
    int from = Math.min(offset, top.scoreDocs.length);
    int to = Math.min(offset + size, top.scoreDocs.length);
    ScoreDoc[] page = new ScoreDoc[to - from];
    System.arraycopy(top.scoreDocs, from, page, 0, page.length);
    return page;
  }
}

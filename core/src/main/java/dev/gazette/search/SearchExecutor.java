package dev.gazette.search;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.Filter;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.Hit;
import dev.gazette.SearchResult.Snippets;
import dev.gazette.SearchResult.Timeline;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.DateCounts;
import dev.gazette.facet.FacetCounter;
import dev.gazette.facet.FacetStates;
import dev.gazette.facet.FilterQueries;
import dev.gazette.facet.NameAliases;
import dev.gazette.facet.TimelineCounter;
import dev.gazette.highlight.SnippetHighlighter;
import dev.gazette.index.HitFields;
import dev.gazette.index.HitSummaries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
import org.apache.lucene.facet.FacetsConfig;
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
 * Runs a {@link SearchRequest} on one searcher: parses the query, applies filters, collects the
 * page of hits with exact totals, counts facets with multi-select semantics, and highlights.
 */
public final class SearchExecutor {
  /** Most words, phrases and prefixes one query may hold. */
  public static final int MAX_CLAUSES = 64;
  /** Below this many matches, a spelling correction is looked for. */
  public static final int FEW_RESULTS = 5;

  private final Schema schema;
  private final FacetsConfig facetsConfig;
  private final FilterQueries filterQueries;
  private final FacetStates facetStates;
  private final QueryFactory queries;
  private final Spelling spelling;
  private final double recencyHalfLifeDays;
  private final long timeoutMs;
  private final Rm3Expansion feedback;
  private volatile Vocabulary vocabulary;

  /**
   * An executor for indexes of {@code schema}, with the recency half-life and time budget of {@code
   * config}, and relevance-sorted queries expanded by {@code feedback}.
   */
  public SearchExecutor(Schema schema, FacetsConfig facetsConfig, FacetStates facetStates, QueryFactory queries,
      GazetteConfig config, Rm3Expansion feedback) {
    this.schema = schema;
    this.facetsConfig = facetsConfig;
    this.filterQueries = new FilterQueries(facetsConfig);
    this.facetStates = facetStates;
    this.queries = queries;
    this.spelling = new Spelling(schema.exact());
    this.recencyHalfLifeDays = config.ranking().recencyHalfLifeDays();
    this.timeoutMs = config.operations().searchTimeoutMs();
    this.feedback = feedback;
  }

  /**
   * The result of {@code request} on {@code searcher}; a query too big for Lucene's clause limit
   * even within the clause budget is refused as an invalid request, never a failure.
   */
  public SearchResult search(IndexSearcher shared, SearchRequest request) throws IOException {
    try {
      return searchWithinBudget(shared, request);
    } catch (IndexSearcher.TooManyClauses e) {
      throw ClauseBudget.tooManyTerms();
    }
  }

  private SearchResult searchWithinBudget(IndexSearcher shared, SearchRequest asked) throws IOException {
    long started = System.nanoTime();
    IndexSearcher searcher = withTimeBudget(shared);
    SortedSetDocValuesReaderState state = facetStates.of(searcher.getIndexReader());
    Vocabulary vocabulary = vocabulary(state);
    Set<String> dimensions = vocabulary.dimensions();
    RequestChecks.check(asked, dimensions);
    SearchRequest request = NameAliases.of(state).widen(asked);
    List<Clause> clauses = vocabulary.parser().parseSearch(request.query(), request.prefixLast());

    Page page = collect(searcher, request, state, ranking(searcher, clauses, request));
    long exactTotal = page.total();
    boolean typoTolerant = false;
    if (exactTotal == 0 && request.typoTolerance() && QueryFactory.allowsTypos(clauses)) {
      Page tolerant = collect(searcher, request, state, queries.typoTolerant(clauses, request.operator()));
      if (tolerant.total() > 0) {
        page = tolerant;
        typoTolerant = true;
      }
    }
    String didYouMean = request.didYouMean() && exactTotal < FEW_RESULTS ? didYouMean(searcher, request, vocabulary, clauses, exactTotal) : null;

    ScoreDoc[] hitsOnPage = page.hits();
    boolean highlighted = request.highlight() && hitsOnPage.length > 0;
    Snippets[] snippets = highlighted ? highlight(searcher, clauses, typoTolerant, hitsOnPage, request) : null;
    List<Hit> hits = hits(searcher, hitsOnPage, snippets, SortOrder.isScored(request.sort()), request.fields());
    Map<String, List<SearchResult.FacetValue>> counts =
        FacetCounter.counts(page.facets(), state, request.facets(), request.facetLimit());
    Timeline timeline = request.timeline() ? TimelineCounter.timeline(DateCounts.of(page.matching())) : null;
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new SearchResult(page.total(), tookMs, hits, counts, page.nextCursor(), didYouMean, typoTolerant, timeline,
        searcher.timedOut());
  }

  /** A searcher over the same reader that gives up, keeping what it found, once the time budget is spent. */
  private IndexSearcher withTimeBudget(IndexSearcher shared) {
    IndexSearcher searcher = untimed(shared);
    searcher.setTimeout(new QueryTimeoutImpl(timeoutMs));
    return searcher;
  }

  private static IndexSearcher untimed(IndexSearcher timed) {
    IndexSearcher searcher = new IndexSearcher(timed.getIndexReader());
    searcher.setSimilarity(timed.getSimilarity());
    return searcher;
  }

  /**
   * One page of hits of one query, with the total, the cursor after it, the facet counts (each
   * dimension ignoring its own filter) and the counts of exactly the matching articles.
   */
  private record Page(long total, ScoreDoc[] hits, String nextCursor, Facets facets, Facets matching) {}

  private Page collect(IndexSearcher searcher, SearchRequest request, SortedSetDocValuesReaderState state,
      Query ranking) throws IOException {
    DrillDownQuery query = filtered(scored(ranking, searcher, request), request);
    FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor(), request.sort());
    int offset = after == null ? (request.page() - 1) * request.size() : 0;
    var hitsManager = new TopFieldCollectorManager(
        SortOrder.of(request.sort()), offset + request.size() + 1, after, Integer.MAX_VALUE);
    TopFieldDocs top;
    Facets facets = null;
    Facets matching = null;
    boolean needFacets = !request.facets().isEmpty() || request.timeline();
    if (needFacets && state != null && FilterPlan.of(request.filters()).selections().isEmpty()) {
      // Without facet selections every dimension counts the same matches: one pass, one count.
      Object[] both = searcher.search(query, new MultiCollectorManager(hitsManager, new FacetsCollectorManager()));
      top = (TopFieldDocs) both[0];
      facets = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
      matching = facets;
    } else if (needFacets && state != null) {
      // Lucene's drill-sideways scorer must see every document in one pass, which a time limit
      // would cut into slices; with facet filters it runs without the budget.
      IndexSearcher facetSearcher = untimed(searcher);
      DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result =
          new DrillSideways(facetSearcher, facetsConfig, state).search(query, hitsManager);
      top = result.collectorResult;
      facets = result.facets;
      matching = request.timeline() ? new SortedSetDocValuesFacetCounts(state, result.drillDownFacetsCollector) : null;
    } else {
      top = searcher.search(query, hitsManager);
    }
    ScoreDoc[] page = pageOf(top, offset, request.size());
    boolean more = top.scoreDocs.length > offset + request.size();
    String nextCursor = more && page.length > 0 ? Cursor.after((FieldDoc) page[page.length - 1], request.sort()) : null;
    return new Page(top.totalHits.value(), page, nextCursor, facets, matching);
  }

  /** The ranking query of {@code clauses}; sorted by relevance, expanded by pseudo-relevance feedback if asked. */
  private Query ranking(IndexSearcher searcher, List<Clause> clauses, SearchRequest request) throws IOException {
    Query ranking = queries.ranking(clauses, request.operator());
    return request.sort() == SearchRequest.Sort.RELEVANCE && request.feedback()
        ? feedback.expand(searcher, ranking, filtered(ranking, request))
        : ranking;
  }

  private Query scored(Query ranking, IndexSearcher searcher, SearchRequest request) throws IOException {
    return request.sort() == SearchRequest.Sort.RECENCY
        ? RecencyBoost.apply(ranking, searcher.getIndexReader(), recencyHalfLifeDays)
        : ranking;
  }

  /** A corrected query, if the index knows better spellings of its words and the correction finds more. */
  private String didYouMean(IndexSearcher searcher, SearchRequest request, Vocabulary vocabulary,
      List<Clause> clauses, long total) throws IOException {
    String corrected = spelling.correct(request.query(), clauses, searcher.getIndexReader());
    if (corrected == null) {
      return null;
    }
    Query correctedQuery = filtered(queries.ranking(vocabulary.parser().parseSearch(corrected, false),
        request.operator()), request);
    return searcher.count(correctedQuery) > total ? corrected : null;
  }

  /** Up to {@code size} articles like the one with {@code id}, best first; empty when there is no such article. */
  public Optional<SearchResult> related(IndexSearcher searcher, String id, int size) throws IOException {
    long started = System.nanoTime();
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Query like = RelatedArticles.like(searcher, schema, found.scoreDocs[0].doc, id);
    TopFieldDocs top = searcher.search(like, new TopFieldCollectorManager(
        SortOrder.of(SearchRequest.Sort.RELEVANCE), size, null, Integer.MAX_VALUE));
    List<Hit> hits = hits(searcher, top.scoreDocs, null, true, List.of());
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return Optional.of(new SearchResult(top.totalHits.value(), tookMs, hits, Map.of(), null, null, false, null, false));
  }

  /**
   * How {@code id} scores for {@code request}, or empty when it does not match: the explanation of
   * the query that ranked it in {@link #search}, so its value is the hit's score. That is the
   * request as search widens it (people's surnames and full names), its words expanded by feedback
   * or multiplied by freshness as the sort says, and its near misses when only typo tolerance finds
   * anything.
   */
  public Optional<String> explain(IndexSearcher searcher, SearchRequest asked, String id) throws IOException {
    SortedSetDocValuesReaderState state = facetStates.of(searcher.getIndexReader());
    Vocabulary vocabulary = vocabulary(state);
    RequestChecks.check(asked, vocabulary.dimensions());
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    SearchRequest request = NameAliases.of(state).widen(asked);
    List<Clause> clauses = vocabulary.parser().parseSearch(request.query(), request.prefixLast());
    Explanation explanation;
    try {
      Query query = filtered(scored(ranking(searcher, clauses, request), searcher, request), request);
      if (QueryFactory.retriesWithTypos(request, clauses) && searcher.count(query) == 0) {
        query = filtered(scored(queries.typoTolerant(clauses, request.operator()), searcher, request), request);
      }
      explanation = searcher.explain(query, found.scoreDocs[0].doc);
    } catch (IndexSearcher.TooManyClauses e) {
      throw ClauseBudget.tooManyTerms();
    }
    return explanation.isMatch() ? Optional.of(explanation.toString()) : Optional.empty();
  }

  /** The facet dimensions of the index behind {@code searcher}, built-in ones included. */
  public Set<String> dimensions(IndexSearcher searcher) throws IOException {
    return vocabulary(facetStates.of(searcher.getIndexReader())).dimensions();
  }

  /** The facet state of the index behind {@code searcher}, or {@code null} when it has no facets. */
  public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    return facetStates.of(searcher.getIndexReader());
  }

  /**
   * The facet dimensions of one facet state and the query parser knowing them as fields, built once
   * per state rather than per search.
   */
  private record Vocabulary(SortedSetDocValuesReaderState state, Set<String> dimensions, UserQueryParser parser) {}

  private Vocabulary vocabulary(SortedSetDocValuesReaderState state) {
    Vocabulary known = vocabulary;
    if (known != null && known.state() == state) {
      return known;
    }
    Set<String> dimensions = Collections.unmodifiableSet(FacetCounter.dimensions(state));
    Set<String> fields = new HashSet<>(Schema.TEXT_FIELDS);
    fields.add(Schema.ID);
    fields.addAll(dimensions);
    Vocabulary built = new Vocabulary(state, dimensions, new UserQueryParser(fields));
    vocabulary = built;
    return built;
  }

  /**
   * {@code ranking} within the request's dates and narrowing filters, with each dimension's facet
   * selection as a drill-down dimension, so that drill-sideways counts it apart ({@link FilterPlan}).
   */
  private DrillDownQuery filtered(Query ranking, SearchRequest request) {
    FilterPlan plan = FilterPlan.of(request.filters());
    Query base = ranking;
    if (request.from() != null || request.to() != null || !plan.narrowing().isEmpty()) {
      BooleanQuery.Builder within = new BooleanQuery.Builder().add(ranking, Occur.MUST);
      if (request.from() != null || request.to() != null) {
        long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochMilli();
        long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochMilli();
        within.add(LongPoint.newRangeQuery(Schema.PUBLISHED, from, to), Occur.FILTER);
      }
      plan.narrowing().forEach(filter -> within.add(filterQueries.of(filter), Occur.FILTER));
      base = within.build();
    }
    DrillDownQuery query = new DrillDownQuery(facetsConfig, base);
    plan.selections().forEach((dim, values) -> query.add(dim, filterQueries.of(Filter.anyOf(values))));
    return query;
  }

  private static ScoreDoc[] pageOf(TopDocs top, int offset, int size) {
    int from = Math.min(offset, top.scoreDocs.length);
    int to = Math.min(offset + size, top.scoreDocs.length);
    ScoreDoc[] page = new ScoreDoc[to - from];
    System.arraycopy(top.scoreDocs, from, page, 0, page.length);
    return page;
  }

  private Snippets[] highlight(IndexSearcher searcher, List<Clause> clauses, boolean typos, ScoreDoc[] page,
      SearchRequest request) throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    return new SnippetHighlighter(searcher, schema.analyzer(), request.preTag(), request.postTag())
        .snippets(queries.highlight(clauses, typos), docIds);
  }

  private static List<Hit> hits(IndexSearcher searcher, ScoreDoc[] page, Snippets[] snippets, boolean scored,
      List<String> fields) throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    HitSummaries.Summary[] summaries = HitSummaries.read(searcher, docIds);
    List<Map<String, List<String>>> values = fields.isEmpty() ? null : HitFields.read(searcher, docIds, fields);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      HitSummaries.Summary summary = summaries[i];
      Float score = scored ? (Float) ((FieldDoc) page[i]).fields[0] : null;
      hits.add(new Hit(
          summary.id(),
          score,
          summary.title(),
          summary.published(),
          summary.haiku() == null ? List.of() : List.of(summary.haiku().split("\n")),
          snippets == null ? null : snippets[i],
          values == null ? Map.of() : values.get(i)));
    }
    return hits;
  }
}

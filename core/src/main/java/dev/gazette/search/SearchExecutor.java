package dev.gazette.search;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.Hit;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetCounter;
import dev.gazette.facet.FacetStates;
import dev.gazette.facet.FilterQueries;
import dev.gazette.index.HitFields;
import dev.gazette.index.HitSummaries;
import dev.gazette.plan.Searchable;
import dev.gazette.vector.VectorCounts;
import dev.gazette.SearchResult.Snippets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The embedded backend's search: the pieces shared by every search of one index (query
 * translation, facet states, spelling, feedback, the time budget), a {@link Searchable} view over
 * one searcher for the search pipeline, and related articles.
 */
public final class SearchExecutor {
  final Schema schema;
  final FacetsConfig facetsConfig;
  final FacetStates facetStates;
  final FilterQueries filterQueries;
  final QueryFactory queries;
  final Spelling spelling = new Spelling();
  final long timeoutMs;
  final Rm3Expansion feedback;
  final VectorCounts vectorCounts = new VectorCounts();
  private volatile Dimensions dimensions;

  /** The facet dimensions of one facet state, read once per state rather than per search. */
  private record Dimensions(SortedSetDocValuesReaderState state, Set<String> names) {}

  /**
   * An executor for indexes of {@code schema}, with the time budget of {@code config}, and
   * relevance-sorted queries expanded by {@code feedback}.
   */
  public SearchExecutor(Schema schema, FacetsConfig facetsConfig, FacetStates facetStates, GazetteConfig config,
      Rm3Expansion feedback) {
    this.schema = schema;
    this.facetsConfig = facetsConfig;
    this.facetStates = facetStates;
    this.filterQueries = new FilterQueries(facetsConfig);
    this.queries = new QueryFactory(schema, facetsConfig);
    this.timeoutMs = config.operations().searchTimeoutMs();
    this.feedback = feedback;
  }

  /** The index behind {@code searcher} as the search pipeline sees it, for the steps of one request. */
  public Searchable view(IndexSearcher searcher) throws IOException {
    return new SearcherView(this, searcher);
  }

  /** Up to {@code size} articles like the one with {@code id}, best first; empty when there is no such article. */
  public Optional<SearchResult> related(IndexSearcher searcher, String id, int size) throws IOException {
    long started = System.nanoTime();
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Query like = RelatedArticles.like(searcher, schema, found.scoreDocs[0].doc, id, size);
    TopFieldDocs top = searcher.search(like, new TopFieldCollectorManager(
        SortOrder.of(SearchRequest.Sort.RELEVANCE), size, null, Integer.MAX_VALUE));
    List<Hit> hits = hits(searcher, top.scoreDocs, null, true, List.of());
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return Optional.of(new SearchResult(top.totalHits.value(), tookMs, hits, Map.of(), null, null, false, null, false));
  }

  /** How many live articles of the index behind {@code searcher} have their vector. */
  public long embedded(IndexSearcher searcher) throws IOException {
    return vectorCounts.of(searcher);
  }

  /** The facet dimensions of the index behind {@code searcher}, built-in ones included. */
  public Set<String> dimensions(IndexSearcher searcher) throws IOException {
    return dimensions(facetStates.of(searcher.getIndexReader()));
  }

  Set<String> dimensions(SortedSetDocValuesReaderState state) {
    Dimensions known = dimensions;
    if (known != null && known.state() == state) {
      return known.names();
    }
    Dimensions read = new Dimensions(state, Collections.unmodifiableSet(FacetCounter.dimensions(state)));
    dimensions = read;
    return read.names();
  }

  /** The facet state of the index behind {@code searcher}, or {@code null} when it has no facets. */
  public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    return facetStates.of(searcher.getIndexReader());
  }

  /** The count of every facet value over the whole index behind {@code searcher}, counted once per reader. */
  public Facets wholeIndexCounts(IndexSearcher searcher) throws IOException {
    return facetStates.wholeIndex(searcher.getIndexReader());
  }

  /** The hits of {@code page}: their summaries, {@code snippets} if any, and the values of {@code fields}. */
  static List<Hit> hits(IndexSearcher searcher, ScoreDoc[] page, Snippets[] snippets, boolean scored,
      List<String> fields) throws IOException {
    int[] docIds = docIds(page);
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

  static int[] docIds(ScoreDoc[] page) {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    return docIds;
  }
}

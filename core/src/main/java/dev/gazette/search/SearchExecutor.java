package dev.gazette.search;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.Hit;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetStates;
import dev.gazette.plan.Searchable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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
  private final SearchParts parts;

  /**
   * An executor for indexes of {@code schema}, with the time budget of {@code config}, and
   * relevance-sorted queries expanded by {@code feedback}.
   */
  public SearchExecutor(Schema schema, FacetsConfig facetsConfig, FacetStates facetStates, GazetteConfig config,
      Rm3Expansion feedback) {
    this.parts = SearchParts.of(schema, facetsConfig, facetStates, config, feedback);
  }

  /** The index behind {@code searcher} as the search pipeline sees it, for the steps of one request. */
  public Searchable view(IndexSearcher searcher) throws IOException {
    return new SearcherView(parts, searcher);
  }

  /** Up to {@code size} articles like the one with {@code id}, best first; empty when there is no such article. */
  public Optional<SearchResult> related(IndexSearcher searcher, String id, int size) throws IOException {
    long started = System.nanoTime();
    TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (found.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Query like = RelatedArticles.like(searcher, parts.schema(), found.scoreDocs[0].doc, id, size);
    TopFieldDocs top = searcher.search(like, new TopFieldCollectorManager(
        SortOrder.of(SearchRequest.Sort.RELEVANCE), size, null, Integer.MAX_VALUE));
    List<Hit> hits = PageHits.read(searcher, top.scoreDocs, null, true, List.of());
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return Optional.of(new SearchResult(top.totalHits.value(), tookMs, hits, Map.of(), null, null, false, null, false));
  }

  /** How many live articles of the index behind {@code searcher} have their vector. */
  public long embedded(IndexSearcher searcher) throws IOException {
    return parts.vectorCounts().of(searcher);
  }

  /** The facet dimensions of the index behind {@code searcher}, built-in ones included. */
  public Set<String> dimensions(IndexSearcher searcher) throws IOException {
    return parts.dimensions().of(facetState(searcher));
  }

  /** The facet state of the index behind {@code searcher}, or {@code null} when it has no facets. */
  public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    return parts.facetStates().of(searcher.getIndexReader());
  }

  /** The count of every facet value over the whole index behind {@code searcher}, counted once per reader. */
  public Facets wholeIndexCounts(IndexSearcher searcher) throws IOException {
    return parts.facetStates().wholeIndex(searcher.getIndexReader());
  }
}

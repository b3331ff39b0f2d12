package dev.gazette.search;

import dev.gazette.GazetteConfig;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetStates;
import dev.gazette.facet.FilterQueries;
import dev.gazette.vector.VectorCounts;
import org.apache.lucene.facet.FacetsConfig;

/**
 * What every search of one embedded index shares, built once by {@link SearchExecutor} and handed
 * to each request's {@link SearcherView}.
 *
 * @param schema the index's fields and analyzers
 * @param facetsConfig how facet values are indexed
 * @param facetStates the facet state of each reader, built once per reader
 * @param filterQueries filters as Lucene queries
 * @param queries query plans as Lucene queries
 * @param spelling the closest known words, for did-you-mean
 * @param timeoutMs the time budget of one search
 * @param feedback the pseudo-relevance feedback that expands relevance-sorted queries
 * @param vectorCounts how many articles have their vector, counted once per reader
 * @param dimensions the facet dimensions, read once per facet state
 */
record SearchParts(Schema schema, FacetsConfig facetsConfig, FacetStates facetStates, FilterQueries filterQueries,
    QueryFactory queries, Spelling spelling, long timeoutMs, Rm3Expansion feedback, VectorCounts vectorCounts,
    DimensionNames dimensions) {

  /** The parts for indexes of {@code schema}, with the time budget of {@code config}, expanding queries by {@code feedback}. */
  static SearchParts of(Schema schema, FacetsConfig facetsConfig, FacetStates facetStates, GazetteConfig config,
      Rm3Expansion feedback) {
    FuzzyAutomata automata = new FuzzyAutomata();
    return new SearchParts(schema, facetsConfig, facetStates, new FilterQueries(facetsConfig),
        new QueryFactory(schema, facetsConfig, automata), new Spelling(automata), config.operations().searchTimeoutMs(), feedback,
        new VectorCounts(), new DimensionNames());
  }
}

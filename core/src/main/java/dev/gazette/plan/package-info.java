/**
 * Internal: what one search asks, decided once for both backends. {@link dev.gazette.plan.QueryPlanner}
 * turns a request and its parsed clauses into a {@link dev.gazette.plan.QueryPlan} (every weight,
 * edit distance, proximity bonus and clause-budget expansion decided there); {@link
 * dev.gazette.plan.SearchPipeline} runs validation, typo retry, did-you-mean, explain's choice of
 * query and result assembly above the narrow {@link dev.gazette.plan.Searchable} a backend offers.
 * The translators ({@code search/QueryFactory} to Lucene, {@code opensearch/OpenSearchQueries} to
 * OpenSearch's JSON) only translate. Not part of the public API.
 */
package dev.gazette.plan;

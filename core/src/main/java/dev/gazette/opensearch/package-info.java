/**
 * Internal: the OpenSearch backend's pieces. The index settings and mappings generated from core's
 * analysis and field definitions, articles as OpenSearch documents, Gazette's queries, facets,
 * highlighting and paging in OpenSearch's query language and back, and a small HTTP client with
 * retries. Not part of the public API.
 */
package dev.gazette.opensearch;

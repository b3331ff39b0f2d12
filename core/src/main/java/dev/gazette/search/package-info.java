/**
 * Internal: from a {@link dev.gazette.SearchRequest} to ranked hits — the user query syntax, the
 * Lucene query with field weights and proximity, filters, sorts and cursors. Not part of the
 * public API.
 */
package dev.gazette.search;

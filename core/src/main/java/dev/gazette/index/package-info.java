/**
 * Internal: the Lucene index behind an engine — articles to documents and back, the writer, and
 * near-real-time searchers. Not part of the public API.
 */
package dev.gazette.index;

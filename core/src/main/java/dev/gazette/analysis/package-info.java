/**
 * Internal: how text becomes terms. Field and analyzer definitions as data ({@link
 * dev.gazette.analysis.Schema}), the Lucene analyzers built from them, query-time synonyms, the country gazetteer, and
 * the extractor of people and organizations mentioned.
 * Not part of the public API.
 */
package dev.gazette.analysis;

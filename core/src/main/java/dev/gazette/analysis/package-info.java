/**
 * Internal: how text becomes terms. Field and analyzer definitions as data ({@link
 * dev.gazette.analysis.Schema}), the Lucene analyzers built from them, and the country gazetteer.
 * Not part of the public API.
 */
package dev.gazette.analysis;

/** The raw-Lucene baseline: the same analyzers, fields and queries as Gazette, written the plain Lucene way. */
package dev.gazette.bench.lucene;

/**
 * Benchmarks of search by meaning: hybrid against lexical query latency with the query-vector cache
 * cold and warm, HNSW recall against exact search, bulk loads with the background embedder on and
 * off, and generated vectors for indexes larger than the model could embed here.
 */
package dev.gazette.bench.hybrid;

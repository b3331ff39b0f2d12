/**
 * Measures the bundled embedding model by itself, before it is wired into search: load time, query
 * latency, articles per second on 1 and 2 threads, and the nDCG@10 of a plain exhaustive cosine
 * ranking on judged collections ({@link dev.gazette.bench.embeddings.EmbeddingBench}).
 */
package dev.gazette.bench.embeddings;

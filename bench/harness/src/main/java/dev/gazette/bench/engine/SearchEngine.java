package dev.gazette.bench.engine;

import dev.gazette.bench.corpus.BenchQuery;

/** An engine the query benchmarks time: Gazette in process, raw Lucene, or one behind HTTP. */
public interface SearchEngine extends AutoCloseable {

  /** How tables name it. */
  String name();

  /** {@code query} in variant {@code variant}, ready to run. */
  PreparedSearch prepare(BenchQuery query, Variant variant);
}

package dev.gazette.bench.engine;

import dev.gazette.GazetteConfig;
import dev.gazette.IngestReport;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.lucene.Merger;
import dev.gazette.bench.measure.Parallel;
import dev.gazette.store.DataFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a Gazette index through the public API, as an application would: a {@link DataFolder}
 * reindex whose build upserts every article (from one or more threads) and commits.
 */
public final class GazetteIndexer {
  private final GazetteConfig config;

  /** An indexer with {@code config}. */
  public GazetteIndexer(GazetteConfig config) {
    this.config = config;
  }

  /**
   * Indexes {@code corpus} as a new generation of the data folder {@code dataDir}; returns the
   * nanoseconds from the first upsert to the end of the commit (the folder's own index check and
   * switch-over are off the clock). With {@code merge}, the live index is then force-merged to one
   * segment, also off the clock.
   */
  public long index(Corpus corpus, Path dataDir, int threads, boolean merge) throws IOException {
    long[] elapsed = new long[1];
    try (DataFolder data = DataFolder.open(dataDir, config)) {
      data.reindex(gazette -> {
        long started = System.nanoTime();
        Parallel.forEach(threads, corpus.size(), i -> gazette.upsert(corpus.article(i)));
        gazette.commit();
        elapsed[0] = System.nanoTime() - started;
        return new IngestReport(corpus.size(), 0, List.of());
      });
    }
    if (merge) {
      try (DataFolder data = DataFolder.open(dataDir, config)) {
        Merger.toOneSegment(data.liveIndexDir());
      }
    }
    return elapsed[0];
  }
}

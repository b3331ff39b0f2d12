package dev.gazette.bench.hybrid;

import dev.gazette.Embedder;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.bench.Machine;
import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.engine.GazetteIndexer;
import dev.gazette.bench.lucene.Merger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A corpus's Gazette index with every article embedded by the real model, kept in the cache: built
 * once (indexed by words, then {@link Gazette#embedAll}, as {@code gazette reindex} then {@code
 * gazette embed} do; about half an hour for Reuters on 2 cores), then merged to one segment. A
 * marker beside it records how fast the articles were embedded.
 *
 * @param data the data folder
 * @param howEmbedded how fast its articles were embedded, and under what load
 */
public record EmbeddedIndex(Path data, String howEmbedded) {

  /** The embedded index of {@code corpus}, built with {@code model} on {@code threads} threads when missing. */
  public static EmbeddedIndex of(Workspace workspace, Corpus corpus, Embedder model, int threads) throws IOException {
    Path data = workspace.dir(corpus.name()).resolve("gazette-embedded");
    Path done = data.resolveSibling("gazette-embedded.done");
    if (Files.exists(done)) {
      return new EmbeddedIndex(data, Files.readString(done).strip());
    }
    Workspace.delete(data);
    new GazetteIndexer(GazetteConfig.defaults()).index(corpus, data, 2, false);
    Path index = workspace.liveIndex(data);
    System.err.println("embedding the " + corpus.size() + " articles of " + corpus.name() + " with " + model.name());
    long started = System.nanoTime();
    long embedded;
    GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(model).background(false));
    try (Gazette gazette = Gazette.open(index, config)) {
      embedded = gazette.embedAll(written -> {
        if (written % 1_000 < 8) {
          System.err.printf("  %,d of %,d articles embedded%n", written, corpus.size());
        }
      });
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Merger.toOneSegment(index);
    String how = String.format(Locale.ROOT, "%,d articles embedded in %,.0f s (%.1f articles/s) by Gazette.embedAll, "
        + "%s on %d threads; load average at the end %s", embedded, seconds, embedded / seconds, model.name(), threads,
        Machine.load());
    Files.writeString(done, how + "\n");
    return new EmbeddedIndex(data, how);
  }
}

package dev.gazette.bench.hybrid;

import dev.gazette.Embedder;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.lucene.Merger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A cached copy of a generated corpus's merged Gazette index in which every article has a
 * generated vector ({@link ClusteredEmbedder}), written by Gazette's own embedding path ({@link
 * Gazette#embedAll}: the same fields, codec and HNSW graph as the model's vectors), then merged to
 * one segment.
 */
public final class GeneratedVectors {
  private GeneratedVectors() {}

  /** The data folder of {@code corpus}'s index with generated vectors, built when missing. */
  public static Path of(Workspace workspace, Corpus corpus, Embedder generated) throws IOException {
    Path words = workspace.gazette(corpus);
    Path data = workspace.dir(corpus.name()).resolve("gazette-vectors");
    Path done = data.resolveSibling("gazette-vectors.done");
    if (Files.exists(done) && Files.getLastModifiedTime(done).compareTo(Files.getLastModifiedTime(words)) > 0) {
      return data;
    }
    Workspace.delete(data);
    Files.deleteIfExists(done);
    copy(words, data);
    Path index = workspace.liveIndex(data);
    System.err.println("giving the " + corpus.size() + " articles of " + corpus.name() + " generated vectors");
    long started = System.nanoTime();
    GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(generated).background(false));
    try (Gazette gazette = Gazette.open(index, config)) {
      gazette.embedAll(written -> {
        if (written % 10_000 < 8) {
          System.err.printf("  %,d vectors written (%.0f/s)%n", written, written / ((System.nanoTime() - started) / 1e9));
        }
      });
    }
    Merger.toOneSegment(index);
    Files.writeString(done, "generated vectors, merged");
    return data;
  }

  /** The bytes of the vector files of the index in {@code indexDir}: raw floats, quantized copies, graph and metadata. */
  public static long vectorBytes(Path indexDir) throws IOException {
    try (Stream<Path> files = Files.list(indexDir)) {
      return files.filter(f -> f.getFileName().toString().matches(".*\\.(vec|veq|vex|vem|vemf|vemq)$"))
          .mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}

package dev.gazette.bench.hybrid;

import dev.gazette.Article;
import dev.gazette.Embedder;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.lucene.Merger;
import dev.gazette.bench.measure.Parallel;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.index.ArticleDocuments;
import dev.gazette.index.IndexStore;
import dev.gazette.suggest.SuggestFields;
import dev.gazette.vector.VectorFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A cached copy of a generated corpus's merged Gazette index in which every article has a
 * generated vector ({@link ClusteredEmbedder}), then merged to one segment. Each article is
 * rewritten as {@link Gazette#embedAll} rewrites it (its document rebuilt from its stored fields as
 * the engine builds it, the vector and its text hash added by {@link VectorFields}, replaced through
 * {@link IndexStore}: the same fields, codec and HNSW graph as the model's vectors), but on two
 * threads and without {@code embedAll}'s refresh after every few articles, which is what it spends
 * its time on when the vectors cost nothing: about 80 articles/s, some hours for a million.
 */
public final class GeneratedVectors {
  private static final int THREADS = 2;
  private static final int PROGRESS_EVERY = 50_000;

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
    write(workspace.liveIndex(words), index, generated);
    Merger.toOneSegment(index);
    Files.writeString(done, "generated vectors, merged");
    return data;
  }

  /** Rewrites every article of {@code source} into the index in {@code target} (a copy of it) with its vector. */
  private static void write(Path source, Path target, Embedder generated) throws IOException {
    ArticleDocuments documents = new ArticleDocuments(new FacetDimensions(), MentionFinder::standard);
    long started = System.nanoTime();
    AtomicLong written = new AtomicLong();
    try (Directory directory = FSDirectory.open(source); DirectoryReader reader = DirectoryReader.open(directory);
        IndexStore store = IndexStore.open(target, GazetteConfig.defaults(), false);
        SuggestFields suggest = new SuggestFields()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        ThreadLocal<StoredFields> stored = ThreadLocal.withInitial(() -> storedFields(leaf.reader()));
        Parallel.forEach(THREADS, leaf.reader().maxDoc(), doc -> {
          if (live != null && !live.get(doc)) {
            return;
          }
          Article article = ArticleDocuments.toArticle(stored.get().document(doc));
          String passage = VectorFields.passage(article);
          Document rewritten = documents.toDocument(article);
          suggest.addTo(rewritten);
          VectorFields.addTo(rewritten, generated.embedPassages(List.of(passage)).getFirst(),
              VectorFields.hash(generated.name(), passage));
          store.replace(article.id(), rewritten);
          long done = written.incrementAndGet();
          if (done % PROGRESS_EVERY == 0) {
            System.err.printf("  %,d vectors written (%.0f/s)%n", done, done / ((System.nanoTime() - started) / 1e9));
          }
        });
      }
      store.commit();
    }
  }

  private static StoredFields storedFields(LeafReader reader) {
    try {
      return reader.storedFields();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

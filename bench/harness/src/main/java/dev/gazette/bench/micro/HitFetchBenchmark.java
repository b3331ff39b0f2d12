package dev.gazette.bench.micro;

import dev.gazette.index.HitSummaries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading what ten hits show (id, title, date, haiku) from a Gazette index: from the stored fields,
 * as raw Lucene does, against Gazette's one binary doc value per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HitFetchBenchmark {
  private static final Set<String> FIELDS = Set.of("id", "title", "published", "haiku");
  private static final int PAGES = 1024;

  private DirectoryReader reader;
  private IndexSearcher searcher;
  private int[][] pages;
  private int next;

  /** Opens the index named by {@code -Dbench.index} and draws random pages of ten documents. */
  @Setup
  public void open() throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(Path.of(System.getProperty("bench.index"))));
    searcher = new IndexSearcher(reader);
    Random random = new Random(42);
    pages = new int[PAGES][10];
    for (int[] page : pages) {
      for (int i = 0; i < page.length; i++) {
        page[i] = random.nextInt(reader.maxDoc());
      }
    }
  }

  /** Closes the index. */
  @TearDown
  public void close() throws IOException {
    reader.close();
  }

  private int[] page() {
    next = (next + 1) % PAGES;
    return pages[next];
  }

  /** Baseline: {@code StoredFields.document} with the four fields, for each of ten hits. */
  @Benchmark
  public int storedFields() throws IOException {
    StoredFields stored = searcher.storedFields();
    int length = 0;
    for (int doc : page()) {
      length += stored.document(doc, FIELDS).get("id").length();
    }
    return length;
  }

  /** Gazette: the ten hits' summaries. */
  @Benchmark
  public int hitSummaries() throws IOException {
    int length = 0;
    for (HitSummaries.Summary summary : HitSummaries.read(searcher, page())) {
      length += summary.id().length();
    }
    return length;
  }
}

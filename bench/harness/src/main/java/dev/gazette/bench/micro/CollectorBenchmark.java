package dev.gazette.bench.micro;

import dev.gazette.GazetteConfig;
import dev.gazette.bench.corpus.BenchQueries;
import dev.gazette.bench.lucene.ParsedQueries;
import dev.gazette.bench.lucene.RawSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
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
 * Collecting the top hits of Gazette's ranking queries with exact totals: by score alone, as raw
 * Lucene does, against Gazette's order (score, then article id, so that pages and cursors are
 * stable across index changes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CollectorBenchmark {
  private static final Sort SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING));

  private DirectoryReader reader;
  private IndexSearcher searcher;
  private List<Query> queries;
  private int next;

  /** Opens the index named by {@code -Dbench.index} and builds the queries. */
  @Setup
  public void open() throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(Path.of(System.getProperty("bench.index"))));
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(RawSchema.similarity());
    ParsedQueries parsed = new ParsedQueries(GazetteConfig.defaults());
    queries = BenchQueries.shared().stream().map(parsed::ranking).toList();
  }

  /** Closes the index. */
  @TearDown
  public void close() throws IOException {
    reader.close();
  }

  private Query query() {
    next = (next + 1) % queries.size();
    return queries.get(next);
  }

  /** Baseline: {@code TopScoreDocCollectorManager}, top 11, every match counted. */
  @Benchmark
  public TopDocs byScore() throws IOException {
    return searcher.search(query(), new TopScoreDocCollectorManager(11, Integer.MAX_VALUE));
  }

  /** Gazette: {@code TopFieldCollectorManager} by score then id, top 11, every match counted. */
  @Benchmark
  public TopDocs byScoreThenId() throws IOException {
    return searcher.search(query(), new TopFieldCollectorManager(SCORE_THEN_ID, 11, null, Integer.MAX_VALUE));
  }
}

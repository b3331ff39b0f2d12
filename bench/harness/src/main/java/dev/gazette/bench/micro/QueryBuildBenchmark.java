package dev.gazette.bench.micro;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.bench.corpus.BenchQueries;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.lucene.ParsedQueries;
import dev.gazette.bench.lucene.RawSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Turning a query text into a Lucene query: Gazette's parser and query factory (synonyms,
 * weighted fields, unstemmed phrases, proximity bonus) against Lucene's classic multi-field query
 * parser over the same four weighted fields and analyzer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBuildBenchmark {
  private List<BenchQuery> queries;
  private ParsedQueries gazette;
  private RawSchema schema;
  private int next;

  /** Reads the benchmark queries. */
  @Setup
  public void setUp() {
    queries = BenchQueries.shared();
    gazette = new ParsedQueries(GazetteConfig.defaults());
    schema = new RawSchema();
  }

  private BenchQuery query() {
    next = (next + 1) % queries.size();
    return queries.get(next);
  }

  /** Baseline: {@code MultiFieldQueryParser} with title ×3, haiku ×1.5, body ×1, references ×0.5. */
  @Benchmark
  public Query luceneClassic() throws ParseException {
    BenchQuery query = query();
    MultiFieldQueryParser parser = new MultiFieldQueryParser(RawSchema.TEXT_FIELDS.toArray(String[]::new),
        schema.analyzer(), Map.of("title", 3f, "haiku", 1.5f, "body", 1f, "references", 0.5f));
    parser.setDefaultOperator(query.operator() == Operator.AND ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    return parser.parse(query.text());
  }

  /** Gazette: its parser and ranking query. */
  @Benchmark
  public Query gazette() {
    return gazette.ranking(query());
  }
}

package dev.gazette.bench.hybrid;

import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.engine.Answer;
import dev.gazette.bench.engine.PreparedSearch;
import dev.gazette.bench.measure.Interleaved;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Samples;
import java.nio.file.Path;
import java.util.List;

/**
 * The default request (hybrid once the index holds vectors) against the same request in lexical
 * mode, in process on one thread, interleaved query by query on one index. A first engine warms
 * the JIT on a few queries and is closed; a fresh engine, whose query-vector cache is empty, then
 * replays every query in order (the cold pass: each distinct query costs the model once) and runs
 * shuffled warm passes, when every query vector comes from the cache.
 */
public final class HybridLatency {
  private static final int JIT_WARMUP_QUERIES = 200;

  private HybridLatency() {}

  /** One pass's latencies of both requests, in microseconds. */
  public record Pass(Latency hybrid, Latency lexical) {
    /** Hybrid's median over lexical's. */
    public double p50Ratio() {
      return hybrid.p50() / lexical.p50();
    }
  }

  /**
   * What was measured.
   *
   * @param cold the in-order pass on an empty query-vector cache
   * @param warm the shuffled passes after it, every vector cached
   * @param queries how many queries each pass ran
   * @param modelCalls how many queries the cold pass embedded (the cache's misses)
   * @param hybridAnswers how many default requests the cold pass answered in hybrid mode
   */
  public record Result(Pass cold, Pass warm, int queries, long modelCalls, int hybridAnswers) {
    /** The share of the cold pass's queries whose vector came from the cache. */
    public double hitRate() {
      return 1 - (double) modelCalls / queries;
    }
  }

  /** Measures on the index in {@code indexDir}, embedding queries with {@code embedder}, {@code warmRounds} warm passes. */
  public static Result measure(Path indexDir, RecordingEmbedder embedder, List<BenchQuery> queries, int warmRounds) {
    GazetteConfig config = GazetteConfig.defaults().withSemantic(s -> s.embedder(embedder).background(false));
    List<SearchRequest> hybrid = queries.stream().map(HybridLatency::defaultRequest).toList();
    List<SearchRequest> lexical = queries.stream()
        .map(q -> defaultRequest(q).toBuilder().mode(SearchRequest.Mode.LEXICAL).build()).toList();
    try (Gazette warmup = Gazette.openReadOnly(indexDir, config)) {
      for (int q = 0; q < Math.min(JIT_WARMUP_QUERIES, queries.size()); q++) {
        warmup.search(hybrid.get(q));
        warmup.search(lexical.get(q));
      }
    }
    try (Gazette gazette = Gazette.openReadOnly(indexDir, config)) {
      long callsBefore = embedder.calls();
      Samples coldHybrid = new Samples();
      Samples coldLexical = new Samples();
      int hybridAnswers = 0;
      for (int q = 0; q < queries.size(); q++) {
        boolean hybridFirst = q % 2 == 0;
        if (!hybridFirst) {
          time(gazette, lexical.get(q), coldLexical);
        }
        hybridAnswers += time(gazette, hybrid.get(q), coldHybrid).mode() == SearchRequest.Mode.HYBRID ? 1 : 0;
        if (hybridFirst) {
          time(gazette, lexical.get(q), coldLexical);
        }
      }
      long modelCalls = embedder.calls() - callsBefore;
      List<Interleaved.Timings> warm = Interleaved.run(List.of(prepared(gazette, hybrid), prepared(gazette, lexical)),
          0, warmRounds);
      return new Result(new Pass(coldHybrid.latency(), coldLexical.latency()),
          new Pass(warm.get(0).pooled(), warm.get(1).pooled()), queries.size(), modelCalls, hybridAnswers);
    }
  }

  /** The request a user gets by default: the query, its operator, ten hits, everything else as it comes. */
  static SearchRequest defaultRequest(BenchQuery query) {
    return SearchRequest.builder().query(query.text()).operator(query.operator()).size(10).build();
  }

  private static SearchResult time(Gazette gazette, SearchRequest request, Samples samples) {
    long started = System.nanoTime();
    SearchResult result = gazette.search(request);
    samples.add(System.nanoTime() - started);
    return result;
  }

  private static List<PreparedSearch> prepared(Gazette gazette, List<SearchRequest> requests) {
    return requests.stream().<PreparedSearch>map(request -> () -> {
      SearchResult result = gazette.search(request);
      return new Answer(result.total(), result.hits().stream().map(SearchResult.Hit::id).toList());
    }).toList();
  }
}

package dev.gazette.bench.suites;

import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.engine.GazetteHttp;
import dev.gazette.bench.engine.GazetteIndexer;
import dev.gazette.bench.engine.OpenSearchHttp;
import dev.gazette.bench.engine.PreparedSearch;
import dev.gazette.bench.engine.SearchEngine;
import dev.gazette.bench.engine.Variant;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.measure.Comparison;
import dev.gazette.bench.measure.IndexingRounds;
import dev.gazette.bench.measure.Interleaved;
import dev.gazette.bench.measure.Parallel;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.opensearch.OpenSearchClient;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.OpenSearchNode;
import dev.gazette.bench.process.ServerProcess;
import dev.gazette.bench.report.BarChart;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import dev.gazette.opensearch.OpenSearchMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Gazette against OpenSearch 3.9.0 on the same machine, corpus, queries, analysis and heap: bulk
 * indexing, then queries per second and tail latency over HTTP at 1 and 8 connections, plain, with
 * facets and with highlighting.
 */
public final class OpenSearchSuite implements Suite {
  private static final int BULK_SIZE = 1000;
  private static final List<Integer> THREADS = List.of(1, 2);
  private static final List<Integer> CONCURRENCY = List.of(1, 8);
  private static final String GAZETTE = "Gazette";
  private static final String OPENSEARCH = "OpenSearch";

  @Override
  public String id() {
    return "opensearch";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    Workspace workspace = context.workspace();
    Corpus reuters = context.reuters();
    String heap = context.options().heap();
    Path repository = context.options().repository();
    List<byte[]> batches = OpenSearchClient.batches(reuters, BULK_SIZE);
    Path gazetteData = workspace.gazette(reuters);
    Path home = workspace.dir("opensearch-node");
    int rounds = context.options().indexRounds();
    List<Goal> goals = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    try (ServerProcess node = OpenSearchNode.start(repository, home, heap);
        ServerProcess server = GazetteServer.start(repository, gazetteData, heap, true,
            workspace.dir("logs").resolve("opensearch-suite-gazette-server.log"))) {
      node.awaitAnswer("/_cluster/health?wait_for_status=green&timeout=1s", 300);
      server.awaitAnswer("/ready", 300);
      try (OpenSearchClient client = new OpenSearchClient(node.port())) {
        body.append(indexing(context, client, node.port(), batches, rounds, goals));
        client.forceMerge();
        if (client.count() != reuters.size()) {
          throw new IllegalStateException("OpenSearch holds " + client.count() + " articles, not " + reuters.size());
        }
        body.append(searching(context, server, node, goals, client.sizeInBytes(),
            Workspace.size(workspace.liveIndex(gazetteData))));
      }
    }
    return new Section(id(), "Against OpenSearch 3.9.0", context.command(id()), context.conditions(started),
        body.toString(), goals);
  }

  private String indexing(BenchContext context, OpenSearchClient client, int port, List<byte[]> batches, int rounds,
      List<Goal> goals) throws Exception {
    Corpus reuters = context.reuters();
    GazetteIndexer gazette = new GazetteIndexer(context.config());
    List<String> engines = List.of(GAZETTE, OPENSEARCH);
    IndexingRounds measured = IndexingRounds.run(engines, THREADS, rounds, reuters.size(), (engine, threads) -> {
      if (engine.equals(GAZETTE)) {
        return gazette.index(reuters, context.workspace().scratch("opensearch-gazette"), threads, false);
      }
      return openSearchLoad(context, client, port, batches, threads);
    });
    Workspace.delete(context.workspace().scratch("opensearch-gazette"));
    Table table = new Table("engine", "threads", "docs/s: median (min–max)", "Gazette vs OpenSearch, same round");
    BarChart chart = new BarChart("Indexing Reuters-21578: Gazette vs OpenSearch 3.9.0, docs/s", "documents per second",
        THREADS.stream().map(t -> t + (t == 1 ? " thread" : " threads")).toList());
    for (String engine : engines) {
      double[] medians = new double[THREADS.size()];
      for (int t = 0; t < THREADS.size(); t++) {
        int threads = THREADS.get(t);
        Spread ratio = measured.ratio(engine, OPENSEARCH, threads);
        medians[t] = measured.rate(engine, threads).median();
        table.row(engine, threads, Fmt.rate(measured.rate(engine, threads)), engine.equals(GAZETTE) ? Fmt.ratio(ratio) : "baseline");
        if (engine.equals(GAZETTE)) {
          goals.add(new Goal("Indexing vs OpenSearch, " + threads + (threads == 1 ? " thread" : " threads"),
              "≥ 1.25× OpenSearch", Fmt.ratio(ratio) + " OpenSearch", ratio.median() >= 1.25));
        }
      }
      chart.series(engine, medians);
    }
    chart.write(context.chart("opensearch-indexing.png"));
    String backend = BackendLoading.run(context, port, client,
        () -> openSearchLoad(context, client, port, batches, 2), rounds, goals);
    return """
        ### Bulk indexing

        Both engines index all %s Reuters articles from nothing, on 1 and 2 threads, one untimed
        warm-up round then %d rounds, taking turns. **Gazette** runs in the harness's JVM as in the
        indexing suite (`upsert` then `commit`). **OpenSearch** gets `_bulk` requests of %d articles
        (built before the clock starts) on 1 or 2 connections, then `_refresh` and `_flush` (so that
        the articles are searchable and durable, as after Gazette's commit), into a new index with
        one shard, no replica, the default refresh interval, and the same analysis (generated from
        Gazette's analysis configuration: possessive, lower case, ASCII folding, stop words, Porter;
        synonyms at query time), the same BM25 and the same fields. OpenSearch has no gazetteer or
        entity extractor: it is sent the countries, people and organizations Gazette's extractors
        found, so it does less work than Gazette, which finds them itself.

        %s
        %s

        %s""".formatted(Fmt.count(context.reuters().size()), rounds, BULK_SIZE, table.markdown(),
        context.chartLink("opensearch-indexing.png", "Indexing against OpenSearch"), backend);
  }

  private String searching(BenchContext context, ServerProcess server, ServerProcess node, List<Goal> goals,
      long openSearchBytes, long gazetteBytes) throws Exception {
    int rounds = context.options().rounds();
    Table table = new Table("search", "connections", "engine", "QPS: median (min–max)", "p50", "p99",
        "Gazette QPS vs OpenSearch, same round", "errors");
    List<String> categories = new ArrayList<>();
    List<Double> gazetteQps = new ArrayList<>();
    List<Double> openSearchQps = new ArrayList<>();
    String parity;
    try (GazetteHttp gazette = new GazetteHttp(server.port());
        OpenSearchHttp openSearch = new OpenSearchHttp(node.port(), context.config())) {
      List<Interleaved.Timings> check = Interleaved.run(
          List.of(prepared(gazette, context), prepared(openSearch, context)), 0, 1);
      Comparison agreement = new Comparison(check.get(0), check.get(1));
      parity = "Totals agree on %d of %d queries, the set of top-ten ids on %d.".formatted(
          agreement.sameTotals(), context.queries().size(), agreement.sameTopHits());
      for (Variant variant : Variant.values()) {
        List<byte[]> gazetteRequests = context.queries().stream().map(q -> gazette.request(q, variant)).toList();
        List<byte[]> openSearchRequests = context.queries().stream().map(q -> openSearch.request(q, variant)).toList();
        for (int concurrency : CONCURRENCY) {
          List<LoadRuns> both = LoadRuns.interleaved(List.of(new LoadRuns.Target(server.port(), gazetteRequests),
              new LoadRuns.Target(node.port(), openSearchRequests)), concurrency, rounds);
          LoadRuns mine = both.get(0);
          LoadRuns theirs = both.get(1);
          Spread ratio = mine.qpsRatio(theirs);
          table.row(variant.label(), concurrency, GAZETTE, Fmt.rate(mine.qps()), Fmt.micros(mine.p50().median()),
              Fmt.micros(mine.p99().median()), Fmt.ratio(ratio), mine.errors());
          table.row(variant.label(), concurrency, OPENSEARCH, Fmt.rate(theirs.qps()), Fmt.micros(theirs.p50().median()),
              Fmt.micros(theirs.p99().median()), "baseline", theirs.errors());
          categories.add(variant.label() + ", " + concurrency);
          gazetteQps.add(mine.qps().median());
          openSearchQps.add(theirs.qps().median());
          System.err.printf("  %s, %d connections: Gazette %.0f QPS, OpenSearch %.0f QPS%n", variant.label(),
              concurrency, mine.qps().median(), theirs.qps().median());
          if (concurrency == 8) {
            boolean tailOk = mine.p99().median() <= theirs.p99().median();
            goals.add(new Goal("HTTP QPS vs OpenSearch, 8 connections, " + variant.label(),
                "≥ 3× OpenSearch, p99 no worse", Fmt.ratio(ratio) + " OpenSearch; p99 " + Fmt.micros(mine.p99().median())
                + " vs " + Fmt.micros(theirs.p99().median()), ratio.median() >= 3 && tailOk));
          }
        }
      }
    }
    new BarChart("Queries per second over HTTP, Reuters-21578 (search, connections)", "queries per second", categories)
        .series(GAZETTE, gazetteQps.stream().mapToDouble(Double::doubleValue).toArray())
        .series(OPENSEARCH, openSearchQps.stream().mapToDouble(Double::doubleValue).toArray())
        .write(context.chart("opensearch-qps.png"));
    return """

        ### Searching over HTTP

        The Gazette server (`./gazette serve`'s jar and flags) on the merged Reuters index and the
        OpenSearch node on its index merged to one segment (`_forcemerge`), both with `-Xms%1$s
        -Xmx%1$s`, both on loopback, searched by the same load generator (closed loop, one keep-alive
        connection per client thread; untimed runs of each engine for 10 s, then %2$d rounds in which each
        engine gets one timed run, taking turns). Gazette: `GET /api/search` as in the HTTP suite. OpenSearch: `POST
        /bench/_search` with Gazette's query translated clause by clause (the same `dis_max` over
        the weighted fields, `match_phrase` with the same analyzers, the proximity bonus),
        `track_total_hits: true`, `size: 10`, `_source` limited to the fields a hit shows; facets as
        `terms` aggregations (size 10), highlighting with the unified highlighter (title whole, body
        three fragments of 160 characters). OpenSearch's search thread pool has its default size
        for 2 cores. %3$s Index sizes: Gazette %4$s, OpenSearch %5$s. Resident memory after the
        runs: Gazette %6$s, OpenSearch %7$s.

        %8$s
        %9$s""".formatted(context.options().heap(), rounds, parity, Fmt.mb(gazetteBytes), Fmt.mb(openSearchBytes),
        Fmt.mb(server.process().rss()), Fmt.mb(node.process().rss()), table.markdown(),
        context.chartLink("opensearch-qps.png", "Throughput against OpenSearch"));
  }

  private static List<PreparedSearch> prepared(SearchEngine engine, BenchContext context) {
    return context.queries().stream().map(q -> engine.prepare(q, Variant.PLAIN)).toList();
  }

  /**
   * Nanoseconds OpenSearch takes to index {@code batches} into a new benchmark index on {@code threads}
   * connections, then refresh and flush (the index's creation off the clock).
   */
  private static long openSearchLoad(BenchContext context, OpenSearchClient client, int port, List<byte[]> batches,
      int threads) throws Exception {
    client.recreate(OpenSearchMapping.index(context.config(), 1, 0));
    long nanos = bulk(port, batches, threads);
    long tail = System.nanoTime();
    client.refreshAndFlush();
    return nanos + System.nanoTime() - tail;
  }

  /** Sends every batch on {@code threads} connections; returns the nanoseconds it took. */
  private static long bulk(int port, List<byte[]> batches, int threads) {
    List<HttpConnection> connections = IntStream.range(0, threads)
        .mapToObj(t -> new HttpConnection(ServerProcess.HOST, port)).toList();
    long started = System.nanoTime();
    Parallel.forEach(threads, batches.size(),
        i -> OpenSearchClient.bulk(connections.get(i % threads), port, batches.get(i)));
    long elapsed = System.nanoTime() - started;
    connections.forEach(HttpConnection::close);
    return elapsed;
  }
}

package dev.gazette.bench.suites;

import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.engine.GazetteHttp;
import dev.gazette.bench.engine.Variant;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.http.HttpLoad;
import dev.gazette.bench.http.LoadResult;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.opensearch.OpenSearchClient;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.OpenSearchNode;
import dev.gazette.bench.process.ServerProcess;
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

/**
 * Start-up, from process start to the first answered search, of the Gazette server on the largest
 * corpus and on Reuters, against an OpenSearch node on Reuters; and the Gazette server's memory
 * serving the largest corpus with a 512 MB heap.
 */
public final class StartupSuite implements Suite {
  private static final String SMALL_HEAP = "512m";
  private static final String FIRST_SEARCH = "/api/search?q=oil&facets=country";

  @Override
  public String id() {
    return "startup";
  }

  /** One way of starting a server and telling when it answers its first search. */
  private interface Start {
    ServerProcess start() throws Exception;
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    Workspace workspace = context.workspace();
    Path repository = context.options().repository();
    String heap = context.options().heap();
    int largest = context.options().sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
    Corpus large = context.generated(largest);
    Path largeData = workspace.gazette(large);
    Path reutersData = workspace.gazette(context.reuters());
    Path home = workspace.dir("opensearch-node");
    ensureOpenSearchIndex(context, home);
    Path logs = workspace.dir("logs");

    Map<String, Start> starts = new LinkedHashMap<>();
    String largeName = "Gazette, " + Fmt.count(largest) + " articles, -Xmx" + SMALL_HEAP;
    starts.put(largeName, () -> GazetteServer.start(repository, largeData, SMALL_HEAP, false, logs.resolve("startup-large.log")));
    String uncachedName = largeName + ", no start-up cache";
    starts.put(uncachedName, () -> GazetteServer.start(repository, largeData, SMALL_HEAP, false, List.of(),
        logs.resolve("startup-large-uncached.log")));
    String reutersName = "Gazette, Reuters, -Xms" + heap + " -Xmx" + heap;
    starts.put(reutersName, () -> GazetteServer.start(repository, reutersData, heap, true, logs.resolve("startup-reuters.log")));
    starts.put("OpenSearch, Reuters, -Xms" + heap + " -Xmx" + heap, () -> OpenSearchNode.start(repository, home, heap));
    List<String> names = List.copyOf(starts.keySet());
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    Map<String, Long> rss = new LinkedHashMap<>();
    int rounds = context.options().rounds();
    for (int round = -1; round < rounds; round++) {
      for (int k = 0; k < names.size(); k++) {
        String name = names.get(Math.floorMod(round + k, names.size()));
        try (ServerProcess server = starts.get(name).start()) {
          String target = name.startsWith("OpenSearch") ? "/" + OpenSearchClient.INDEX + "/_search?q=body:oil" : FIRST_SEARCH;
          double s = server.awaitAnswer(target, 300) / 1e9;
          System.err.printf("  round %d, %s: first answer after %.2f s%n", round, name, s);
          if (round >= 0) {
            seconds.computeIfAbsent(name, n -> new ArrayList<>()).add(s);
            rss.put(name, server.process().rss());
          }
        }
      }
    }
    Table startup = new Table("server", "index", "process start to first answered search: median (min–max)",
        "vs OpenSearch", "resident memory then");
    double openSearch = Spread.of(seconds.get(names.get(names.size() - 1))).median();
    for (String name : names) {
      Spread spread = Spread.of(seconds.get(name));
      String index = name.contains("Reuters") ? "21,578 articles" : Fmt.count(largest) + " articles";
      startup.row(name, index, Fmt.seconds(spread.median()) + (spread.rounds() > 1
          ? " (" + Fmt.seconds(spread.min()) + "–" + Fmt.seconds(spread.max()) + ")" : ""),
          name.startsWith("OpenSearch") ? "baseline" : Fmt.ratio(spread.median() / openSearch), Fmt.mb(rss.get(name)));
    }
    double largeStart = Spread.of(seconds.get(largeName)).median();
    double uncachedStart = Spread.of(seconds.get(uncachedName)).median();
    double reutersStart = Spread.of(seconds.get(reutersName)).median();

    LoadResult load;
    long steadyRss;
    long peakRss;
    long anonymous;
    long fileBacked;
    try (ServerProcess server = GazetteServer.start(repository, largeData, SMALL_HEAP, false, logs.resolve("memory-large.log"));
        GazetteHttp requests = new GazetteHttp(server.port())) {
      server.awaitAnswer(FIRST_SEARCH, 300);
      List<byte[]> all = new ArrayList<>();
      for (Variant variant : List.of(Variant.FACETS, Variant.HIGHLIGHT)) {
        context.queries().forEach(q -> all.add(requests.request(q, variant)));
      }
      load = HttpLoad.run(ServerProcess.HOST, server.port(), all, 8, all.size());
      steadyRss = server.process().rss();
      peakRss = server.process().peakRss();
      anonymous = server.process().rssAnon();
      fileBacked = server.process().rssFile();
    }
    List<Goal> goals = List.of(
        new Goal("Start-up to first answered search, Reuters", "≤ 1.0 s", Fmt.seconds(reutersStart)
            + " (OpenSearch: " + Fmt.seconds(openSearch) + ")", reutersStart <= 1.0),
        new Goal("Start-up to first answered search, " + Fmt.count(largest) + " articles", "≤ 1.2 s",
            Fmt.seconds(largeStart) + " as launched, " + Fmt.seconds(uncachedStart) + " without the start-up cache",
            largeStart <= 1.2),
        new Goal("Serve " + Fmt.count(largest) + " articles with -Xmx" + SMALL_HEAP + ", anonymous resident memory",
            "no errors; ≤ 700 MB", load.errors() + " errors in " + Fmt.count(load.requests()) + " searches; "
            + Fmt.mb(anonymous) + " anonymous, " + Fmt.mb(fileBacked) + " file-backed (RSS " + Fmt.mb(steadyRss)
            + ", peak " + Fmt.mb(peakRss) + ")", load.errors() == 0 && anonymous <= 700L << 20));
    String body = """
        Each server is started once untimed (which also warms the operating system's file cache and
        lets Gazette note the large index files it verified), then %1$d times, taking turns, each as
        its own process, timed from the process start to the first `200` answer to a search (polled
        every 5 ms): for Gazette `GET %2$s` (which waits for the index to open), for OpenSearch `GET
        /bench/_search?q=body:oil` on the Reuters index the OpenSearch suite built. Gazette is
        started as `./gazette serve` starts it on an existing data folder: its jar and JVM flags
        and, on a JDK 25 or newer, its ahead-of-time cache (`-XX:AOTCache`, trained by the launcher
        once per build with `dev.gazette.server.StartupTraining`; the harness trains it the same way
        when it is missing or older than the jar); the "no start-up cache" row leaves the cache out.

        %3$s
        **Memory.** The Gazette server on the %4$s-article index with `-Xmx%5$s`, after its first
        search, answered the %6$s searches of the benchmark queries with facets and with highlighting
        at 8 connections: %7$d errors, %8$s QPS, p50 %9$s, p99 %10$s. Resident memory afterwards
        %11$s, peak %12$s, of which %13$s anonymous (`RssAnon` of `/proc/PID/status`: the heap, thread
        stacks and native allocations, the server's own) and %14$s file-backed (`RssFile`: the pages
        of the memory-mapped index and jars the process touched, the operating system's page cache,
        which it gives back under pressure).""".formatted(rounds, FIRST_SEARCH,
        startup.markdown(), Fmt.count(largest), SMALL_HEAP, Fmt.count(load.requests()), load.errors(),
        Fmt.count(load.qps()), Fmt.micros(load.latency().p50()), Fmt.micros(load.latency().p99()), Fmt.mb(steadyRss),
        Fmt.mb(peakRss), Fmt.mb(anonymous), Fmt.mb(fileBacked));
    return new Section(id(), "Start-up and memory", context.command(id()), context.conditions(started), body, goals);
  }

  /** Builds OpenSearch's Reuters index in the node home {@code home} unless the OpenSearch suite left one. */
  private static void ensureOpenSearchIndex(BenchContext context, Path home) throws Exception {
    try (ServerProcess node = OpenSearchNode.start(context.options().repository(), home, context.options().heap());
        OpenSearchClient client = new OpenSearchClient(node.port())) {
      node.awaitAnswer("/_cluster/health?wait_for_status=green&timeout=1s", 300);
      if (client.exists() && client.count() == context.reuters().size()) {
        return;
      }
      System.err.println("building OpenSearch's Reuters index");
      client.recreate(OpenSearchMapping.index(context.config(), 1, 0));
      try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, node.port())) {
        for (byte[] batch : OpenSearchClient.batches(context.reuters(), 1000)) {
          OpenSearchClient.bulk(connection, node.port(), batch);
        }
      }
      client.refreshAndFlush();
      client.forceMerge();
    }
  }
}

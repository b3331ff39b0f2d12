package dev.gazette.bench.suites;

import dev.gazette.bench.engine.GazetteHttp;
import dev.gazette.bench.engine.GazetteSearcher;
import dev.gazette.bench.engine.PreparedSearch;
import dev.gazette.bench.engine.SearchEngine;
import dev.gazette.bench.engine.Variant;
import dev.gazette.bench.measure.Comparison;
import dev.gazette.bench.measure.Interleaved;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.ServerProcess;
import dev.gazette.bench.report.BarChart;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP server's cost over in-process search, measured query by query against a read-only
 * in-process engine on the same index, and its throughput and latency at 1, 8 and 64 connections.
 */
public final class HttpSuite implements Suite {
  private static final List<Integer> CONCURRENCY = List.of(1, 8, 64);
  /** Connections of the default-request comparison. */
  private static final int PROFILE_CONCURRENCY = 8;
  private static final List<Variant> OVERHEAD_VARIANTS = List.of(Variant.PLAIN, Variant.HIGHLIGHT);

  @Override
  public String id() {
    return "http";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    var workspace = context.workspace();
    Path data = workspace.gazette(context.reuters());
    Path log = workspace.dir("logs").resolve("http-gazette-server.log");
    int rounds = context.options().rounds();
    Table overhead = new Table("search", "turns", "Gazette over HTTP p50", "in process p50",
        "HTTP adds (difference of p50s)", "HTTP adds (median per query)", "HTTP p99", "in process p99");
    Table load = new Table("connections", "requests per run", "QPS: median (min–max)", "p50", "p99", "errors");
    Table profiles = new Table("request", "QPS: median (min–max)", "p50", "p99", "errors", "QPS vs fast, same round");
    List<Goal> goals = new ArrayList<>();
    long rss;
    try (ServerProcess server = GazetteServer.start(context.options().repository(), data, context.options().heap(), true, log)) {
      server.awaitAnswer("/ready", 300);
      try (GazetteHttp http = new GazetteHttp(server.port());
          GazetteSearcher local = GazetteSearcher.openReadOnly(workspace.liveIndex(data), context.config())) {
        for (Interleaved.Turns turns : Interleaved.Turns.values()) {
          for (Variant variant : OVERHEAD_VARIANTS) {
            List<Interleaved.Timings> timings = Interleaved.run(
                List.of(prepared(http, context, variant), prepared(local, context, variant)), 2, rounds, turns);
            Comparison c = new Comparison(timings.get(0), timings.get(1));
            Latency remote = c.tested().pooled();
            Latency inProcess = c.baseline().pooled();
            double added = remote.p50() - inProcess.p50();
            double perQuery = medianDifference(c);
            overhead.row(variant.label(), turns == Interleaved.Turns.BY_PASS ? "by pass" : "by query",
                Fmt.micros(remote.p50()), Fmt.micros(inProcess.p50()), Fmt.micros(added), Fmt.micros(perQuery),
                Fmt.micros(remote.p99()), Fmt.micros(inProcess.p99()));
            if (variant == Variant.PLAIN && turns == Interleaved.Turns.BY_PASS) {
              goals.add(new Goal("HTTP overhead over in-process search (median)", "≤ 150 µs",
                  Fmt.micros(perQuery) + " per query (" + Fmt.micros(added) + " between p50s)", perQuery <= 150));
            }
            System.err.printf("  HTTP adds %.0f µs (p50s), %.0f µs (per query) to %s, turns %s%n", added, perQuery,
                variant.label(), turns);
          }
        }
        List<byte[]> requests = context.queries().stream().map(q -> http.request(q, Variant.PLAIN)).toList();
        double[] qps = new double[CONCURRENCY.size()];
        for (int i = 0; i < CONCURRENCY.size(); i++) {
          int concurrency = CONCURRENCY.get(i);
          LoadRuns runs = LoadRuns.measure(server.port(), requests, concurrency, rounds);
          qps[i] = runs.qps().median();
          load.row(concurrency, Fmt.count(LoadRuns.requestsPerRun(requests.size(), concurrency)), Fmt.rate(runs.qps()),
              Fmt.micros(runs.p50().median()), Fmt.micros(runs.p99().median()), runs.errors());
          System.err.printf("  %d connections: %.0f QPS%n", concurrency, qps[i]);
        }
        List<byte[]> defaults = context.queries().stream().map(http::defaultRequest).toList();
        List<LoadRuns> both = LoadRuns.interleaved(List.of(new LoadRuns.Target(server.port(), requests),
            new LoadRuns.Target(server.port(), defaults)), PROFILE_CONCURRENCY, rounds);
        profiles.row("`profile=fast`", Fmt.rate(both.get(0).qps()), Fmt.micros(both.get(0).p50().median()),
            Fmt.micros(both.get(0).p99().median()), both.get(0).errors(), "baseline");
        profiles.row("default", Fmt.rate(both.get(1).qps()), Fmt.micros(both.get(1).p50().median()),
            Fmt.micros(both.get(1).p99().median()), both.get(1).errors(), Fmt.ratio(both.get(1).qpsRatio(both.get(0))));
        System.err.printf("  default request at %d connections: %.0f QPS against %.0f fast%n", PROFILE_CONCURRENCY,
            both.get(1).qps().median(), both.get(0).qps().median());
        new BarChart("Gazette over HTTP, Reuters-21578, top 10: queries per second", "queries per second",
            CONCURRENCY.stream().map(c -> c + (c == 1 ? " connection" : " connections")).toList())
            .series("Gazette server", qps).write(context.chart("http-qps.png"));
      }
      rss = server.process().rss();
    }
    String body = """
        The Gazette server (`./gazette serve`'s jar and JVM flags, `-Xms%1$s -Xmx%1$s`) on the Reuters
        index of the in-process suite, searched on loopback with `GET /api/search` (the same request:
        `operator`, `size=10`, `profile=fast`, `highlight`). The client is a minimal keep-alive
        HTTP/1.1 client in the harness (request bytes prepared in advance, answers read by length), so
        that little of what is timed is the client.

        **What HTTP adds.** The queries are run over HTTP and in the harness's own JVM on the same
        index opened read-only (`Gazette.openReadOnly`); two untimed passes, then %2$d timed passes.
        "By pass": each engine runs a whole pass over the queries, the engines taking turns pass by
        pass, so each runs in its steady state: this is the figure the goal is checked on. "By
        query": the two run each query back to back (the first alternating), so the server has sat
        idle while the other ran, and its threads must be woken for every request, which on a loaded
        machine costs more than the work itself. The difference is what the server adds: the HTTP
        exchange on loopback, parameter parsing, JSON writing, the access log line, and the client's
        reading.

        %3$s
        **Throughput.** Closed-loop load: each connection sends the next query as soon as the answer
        arrives; untimed runs for 10 s, then %2$d timed runs per concurrency. The server's resident memory
        after the runs: %4$s.

        %5$s
        %6$s
        **The default request.** The same load at %7$d connections, `profile=fast` (the request above)
        and the default request (`q`, `operator`, `size=10` and nothing else: highlighting, typo retry
        and did-you-mean on) taking turns run by run, untimed runs of each for 10 s, then %2$d rounds:

        %8$s""".formatted(context.options().heap(), rounds, overhead.markdown(), Fmt.mb(rss), load.markdown(),
        context.chartLink("http-qps.png", "HTTP throughput"), PROFILE_CONCURRENCY, profiles.markdown());
    return new Section(id(), "HTTP server", context.command(id()), context.conditions(started), body, goals);
  }

  private static List<PreparedSearch> prepared(SearchEngine engine, BenchContext context, Variant variant) {
    return context.queries().stream().map(q -> engine.prepare(q, variant)).toList();
  }

  private static double medianDifference(Comparison c) {
    List<Double> differences = new ArrayList<>();
    for (int q = 0; q < c.tested().answers().size(); q++) {
      differences.add(c.tested().median(q) - c.baseline().median(q));
    }
    return Spread.of(differences).median();
  }
}

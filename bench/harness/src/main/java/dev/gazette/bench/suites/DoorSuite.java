package dev.gazette.bench.suites;

import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.http.Probes;
import dev.gazette.bench.http.Probes.Probed;
import dev.gazette.bench.http.SlowClients;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.ServerProcess;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Whether any request can freeze the server (issue #16): {@code /health} while slow clients hold
 * hundreds of connections, and whether the server's time limits close them; light searches and
 * {@code /health} while clients repeat the most expensive searches, against the same probes alone
 * in the same run; and what handing a cheap search to a search lane costs against {@code /health},
 * which the I/O threads answer themselves.
 */
public final class DoorSuite implements Suite {
  private static final int SLOW_HEADERS = 200;
  private static final int SLOW_BODIES = 50;
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(75);
  private static final int HEAVY_CLIENTS = 4;
  private static final double HEALTH_GOAL_MS = 50;
  private static final List<String> HEALTH = List.of("/health");
  private static final List<String> LIGHT = List.of("oil", "north korea", "wheat exports", "bank rates", "opec",
          "dollar yen", "coffee", "gold").stream()
      .map(q -> "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
  /** A word no article holds, with every optional part of a search off: little more than the hand-off. */
  private static final String CHEAP = "/api/search?q=zzzzqq&typoTolerance=false&didYouMean=false&feedback=false&highlight=false";
  private static final List<Integer> CONNECTIONS = List.of(1, 8);
  private static final int REQUESTS_PER_RUN = 3_000;

  @Override
  public String id() {
    return "door";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    var workspace = context.workspace();
    var data = workspace.gazette(context.reuters());
    var log = workspace.dir("logs").resolve("door-gazette-server.log");
    double window = context.options().quick() ? 4 : 8;
    int rounds = context.options().rounds();
    List<Goal> goals = new ArrayList<>();
    String connections;
    String heavy;
    String cheap;
    try (ServerProcess server = GazetteServer.start(context.options().repository(), data, context.options().heap(), true, log)) {
      server.awaitAnswer("/ready", 300);
      Probes probes = new Probes(ServerProcess.HOST, server.port());
      probes.run(List.of(LIGHT, HEALTH), 2);
      connections = slowConnections(probes, server.port(), window, goals);
      heavy = heavySearches(probes, server.port(), window, rounds);
      cheap = cheapSearches(server.port(), rounds);
    }
    String body = """
        The Gazette server (`./gazette serve`'s jar and JVM flags, `-Xms%1$s -Xmx%1$s`, default time limits
        and lanes: docs/reliability.md) on the Reuters index. A probe is one request on a new connection, timed
        from connecting to the last byte of the answer, 20 ms after the previous one; each window of probes
        lasts %2$s s.

        **Slow connections.** `/health` on the idle server, then while %3$d connections hold half-sent headers
        and %4$d hold one byte of a 100-byte search body, opened just before the window.

        %5$s
        **Heavy searches.** %6$d clients repeat, on keep-alive connections and as fast as they are answered,
        64-word searches of misspelt news words (`HeavyClients`: they find little, so they are retried
        allowing typos). Light searches (8 news queries in turn, default parameters) alternate with `/health`
        probes, first alone, then with the heavy clients running (after 1 s of warm-up), %7$d rounds taking turns;
        the ratio is taken round by round, with its spread over rounds.

        %8$s
        **What handing a search to a lane costs.** The I/O threads answer `/health` themselves and hand every
        search to a search lane. A cheap search (`%9$s`: a word no article holds, every optional part off) and
        `/health` as closed-loop load on keep-alive connections, %10$s requests per run, the two taking turns
        run by run (untimed runs of each for 10 s, then %7$d timed); the difference of p50s is the hand-off to a lane
        thread and back plus the search's own small work.

        %11$s""".formatted(context.options().heap(), Fmt.decimal(window, 0), SLOW_HEADERS, SLOW_BODIES, connections,
        HEAVY_CLIENTS, rounds, heavy, CHEAP, Fmt.count(REQUESTS_PER_RUN), cheap);
    return new Section(id(), "Slow clients and heavy searches", context.command(id()), context.conditions(started),
        body, goals);
  }

  private static String slowConnections(Probes probes, int port, double window, List<Goal> goals) throws Exception {
    Probed idle = probes.run(List.of(HEALTH), window).getFirst();
    Probed held;
    long openAfterWindow;
    List<SlowClients.Closing> closed;
    try (SlowClients slow = SlowClients.open(ServerProcess.HOST, port, SLOW_HEADERS, SLOW_BODIES)) {
      held = probes.run(List.of(HEALTH), window).getFirst();
      openAfterWindow = slow.open();
      closed = slow.awaitClosed(CLOSE_WAIT);
    }
    Table table = new Table("`/health`", "probes", "p50", "p99", "max", "failed");
    table.row("idle server", idle.latency().count(), ms(idle.latency().p50()), ms(idle.latency().p99()),
        ms(idle.maxMicros()), idle.failures());
    table.row(SLOW_HEADERS + " slow-header and " + SLOW_BODIES + " slow-body connections held", held.latency().count(),
        ms(held.latency().p50()), ms(held.latency().p99()), ms(held.maxMicros()), held.failures());
    double p50 = held.latency().p50() / 1000;
    goals.add(new Goal("`/health` p50 while " + (SLOW_HEADERS + SLOW_BODIES) + " slow connections are held",
        "≤ " + Fmt.decimal(HEALTH_GOAL_MS, 0) + " ms", ms(held.latency().p50()) + " (idle " + ms(idle.latency().p50())
            + " in the same run; p99 " + ms(held.latency().p99()) + ")", p50 <= HEALTH_GOAL_MS && held.failures() == 0));
    int total = SLOW_HEADERS + SLOW_BODIES;
    goals.add(new Goal("Slow connections closed by the server's time limits", "all " + total,
        closed.size() + " of " + total, closed.size() == total));
    System.err.printf("  /health p50 %.1f ms idle, %.1f ms with %d slow connections; %d of them closed%n",
        idle.latency().p50() / 1000, p50, total, closed.size());
    return table.markdown() + "\nOf the " + total + " connections, " + openAfterWindow
        + " were still open at the end of the window; within " + CLOSE_WAIT.toSeconds() + " s after it the server had closed "
        + closed.size() + ": " + closings(closed, SlowClients.Kind.HEADERS, "slow-header")
        + "; " + closings(closed, SlowClients.Kind.BODY, "slow-body") + ".\n";
  }

  private static String closings(List<SlowClients.Closing> closed, SlowClients.Kind kind, String name) {
    List<SlowClients.Closing> these = closed.stream().filter(c -> c.kind() == kind).toList();
    if (these.isEmpty()) {
      return "no " + name + " one";
    }
    Spread seconds = Spread.of(these.stream().map(SlowClients.Closing::seconds).toList());
    String statuses = these.stream().collect(Collectors.groupingBy(c -> c.status() == 0 ? "no answer" : "a " + c.status(),
        TreeMap::new, Collectors.counting())).entrySet().stream()
        .map(e -> e.getValue() + " with " + e.getKey()).collect(Collectors.joining(", "));
    String when = Fmt.decimal(seconds.min(), 1).equals(Fmt.decimal(seconds.max(), 1))
        ? Fmt.decimal(seconds.min(), 1) : Fmt.decimal(seconds.min(), 1) + "–" + Fmt.decimal(seconds.max(), 1);
    return String.format(Locale.ROOT, "%d %s (%s) %s s after opening", these.size(), name, statuses, when);
  }

  private static String heavySearches(Probes probes, int port, double window, int rounds) throws Exception {
    Probed[] alone = {new Probed(), new Probed()};
    Probed[] loaded = {new Probed(), new Probed()};
    List<Double> lightRatios = new ArrayList<>();
    List<Double> healthRatios = new ArrayList<>();
    String heavyFigures = null;
    for (int r = 0; r < rounds; r++) {
      List<Probed> quiet = probes.run(List.of(LIGHT, HEALTH), window);
      List<Probed> busy;
      try (HeavyClients heavy = HeavyClients.start(port, HEAVY_CLIENTS)) {
        Thread.sleep(1_000);
        busy = probes.run(List.of(LIGHT, HEALTH), window);
        if (r == rounds - 1) {
          Latency h = heavy.samples().latency();
          heavyFigures = String.format(Locale.ROOT, "%d answered in the last round's %s s (%s), p50 %s, p99 %s",
              h.count(), Fmt.decimal(window + 1, 0), heavy.statuses(), ms(h.p50()), ms(h.p99()));
        }
      }
      lightRatios.add(busy.get(0).latency().p50() / quiet.get(0).latency().p50());
      healthRatios.add(busy.get(1).latency().p50() / quiet.get(1).latency().p50());
      for (int k = 0; k < 2; k++) {
        alone[k] = alone[k].plus(quiet.get(k));
        loaded[k] = loaded[k].plus(busy.get(k));
      }
      System.err.printf("  round %d: light p50 %.1f ms alone, %.1f ms with heavy searches%n", r + 1,
          quiet.get(0).latency().p50() / 1000, busy.get(0).latency().p50() / 1000);
    }
    Table table = new Table("probe", "alone: p50", "alone: p99", "with " + HEAVY_CLIENTS + " heavy clients: p50", "p99",
        "max", "p50 ratio to alone, by round", "failed");
    String[] names = {"light search", "`/health`"};
    List<List<Double>> ratios = List.of(lightRatios, healthRatios);
    for (int k = 0; k < 2; k++) {
      table.row(names[k], ms(alone[k].latency().p50()), ms(alone[k].latency().p99()), ms(loaded[k].latency().p50()),
          ms(loaded[k].latency().p99()), ms(loaded[k].maxMicros()), Fmt.ratio(Spread.of(ratios.get(k))),
          alone[k].failures() + loaded[k].failures());
    }
    return table.markdown() + "\nThe heavy searches themselves: " + heavyFigures + ".\n";
  }

  private static String cheapSearches(int port, int rounds) throws Exception {
    Table table = new Table("connections", "cheap search: requests/s", "`/health`: requests/s", "search ÷ `/health`",
        "search p50", "`/health` p50", "search adds (difference of p50s)", "errors");
    for (int connections : CONNECTIONS) {
      List<LoadRuns> runs = LoadRuns.interleaved(List.of(target(port, CHEAP), target(port, HEALTH.getFirst())),
          connections, rounds);
      LoadRuns search = runs.get(0);
      LoadRuns health = runs.get(1);
      table.row(connections, Fmt.rate(search.qps()), Fmt.rate(health.qps()), Fmt.ratio(search.qpsRatio(health)),
          Fmt.micros(search.p50().median()), Fmt.micros(health.p50().median()),
          Fmt.micros(search.p50().median() - health.p50().median()), search.errors() + health.errors());
      System.err.printf("  %d connections: cheap search %.0f/s, /health %.0f/s%n", connections, search.qps().median(),
          health.qps().median());
    }
    return table.markdown();
  }

  private static LoadRuns.Target target(int port, String path) {
    byte[] request = HttpConnection.request("GET", path, ServerProcess.HOST, port, null, null);
    return new LoadRuns.Target(port, Collections.nCopies(REQUESTS_PER_RUN, request));
  }

  private static String ms(double micros) {
    return String.format(Locale.ROOT, "%.1f ms", micros / 1000);
  }
}

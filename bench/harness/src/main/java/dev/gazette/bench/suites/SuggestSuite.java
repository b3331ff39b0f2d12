package dev.gazette.bench.suites;

import dev.gazette.bench.Workspace;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Samples;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.process.ChildProcess;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.ServerProcess;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Autocomplete on Reuters, as a user meets it: the time from the server's {@code /ready} to its
 * first {@code /api/suggest} answer, the steady latency of completions as queries are typed letter
 * by letter, and the whole {@code gazette suggest} process against the whole {@code gazette search}
 * process on the same index.
 */
public final class SuggestSuite implements Suite {
  /** What a newsroom types: each is sent letter by letter, every prefix one request. */
  static final List<String> TYPED = List.of("bank of japan", "oil prices", "north korea", "opec", "trade deficit",
      "interest rates", "coffee prices", "money supply", "grain exports", "federal reserve", "brazil debt",
      "stock exchange", "crude oil", "west germany", "sugar production", "dollar falls", "wheat", "gold");
  private static final String FIRST = "bank of j";
  private static final double FIRST_GOAL_MS = 100;
  private static final double STEADY_P99_GOAL_MS = 20;
  private static final double CLI_GOAL_RATIO = 1.25;

  @Override
  public String id() {
    return "suggest";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    Path repository = context.options().repository();
    Path data = context.workspace().gazette(context.reuters());
    Path logs = context.workspace().dir("logs");
    List<String> prefixes = prefixes();
    int rounds = context.options().rounds();
    List<Double> firstMs = new ArrayList<>();
    Samples steady = new Samples();
    List<Double> suggestCli = new ArrayList<>();
    List<Double> searchCli = new ArrayList<>();
    for (int round = -1; round < rounds; round++) {
      double first;
      try (ServerProcess server = GazetteServer.start(repository, data, context.options().heap(), true,
          logs.resolve("suggest-server.log"))) {
        server.awaitAnswer("/ready", 300);
        first = timedGet(server.port(), suggest(FIRST)) / 1e6;
        try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, server.port())) {
          typeAll(connection, prefixes, round >= 0 ? steady : new Samples());
        }
      }
      double cli = cli(repository, data, logs, "suggest", FIRST);
      double search = cli(repository, data, logs, "search", "bank of japan");
      System.err.printf("  round %d: first suggestion %.1f ms after /ready; gazette suggest %.2f s, gazette search %.2f s%n",
          round, first, cli, search);
      if (round >= 0) {
        firstMs.add(first);
        suggestCli.add(cli);
        searchCli.add(search);
      }
    }
    Spread first = Spread.of(firstMs);
    Latency latency = steady.latency();
    Spread suggestSeconds = Spread.of(suggestCli);
    Spread searchSeconds = Spread.of(searchCli);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < suggestCli.size(); i++) {
      ratios.add(suggestCli.get(i) / searchCli.get(i));
    }
    Spread ratio = Spread.of(ratios);
    Table table = new Table("what", "median (min–max over rounds)", "goal");
    table.row("first `GET " + suggest(FIRST) + "` after `/ready` (new connection)", ms(first), "≤ 100 ms");
    table.row("steady completions, " + Fmt.count(prefixes.size()) + " prefixes typed letter by letter × " + rounds
        + " starts, p50 / p90 / p99",
        Fmt.micros(latency.p50()) + " / " + Fmt.micros(latency.p90()) + " / " + Fmt.micros(latency.p99()), "p99 ≤ 20 ms");
    table.row("`gazette suggest \"" + FIRST + "\"`, whole process", secs(suggestSeconds), "about as fast as search");
    table.row("`gazette search \"bank of japan\"`, whole process", secs(searchSeconds), "");
    table.row("suggest / search, paired by round", Fmt.ratio(ratio), "≤ " + Fmt.ratio(CLI_GOAL_RATIO));
    table.row("the merged Reuters index on disk, phrase files and fields included",
        Fmt.mb(Workspace.size(context.workspace().liveIndex(data))), "");
    List<Goal> goals = List.of(
        new Goal("First suggestion after /ready, Reuters", "≤ 100 ms", ms(first), first.median() <= FIRST_GOAL_MS),
        new Goal("Suggestions while typing, Reuters, p99", "≤ 20 ms", Fmt.micros(latency.p99()) + " (p50 "
            + Fmt.micros(latency.p50()) + ")", latency.p99() / 1000 <= STEADY_P99_GOAL_MS),
        new Goal("`gazette suggest` process vs `gazette search`", "≤ " + Fmt.ratio(CLI_GOAL_RATIO),
            Fmt.ratio(ratio) + "; " + Fmt.seconds(suggestSeconds.median()) + " vs " + Fmt.seconds(searchSeconds.median()),
            ratio.median() <= CLI_GOAL_RATIO));
    String body = """
        The merged Reuters index (21,578 articles) is served by a server started as `./gazette serve`
        starts it, once untimed and then %1$d times. Each time, as soon as `GET /ready` answers 200, one
        `GET %2$s` is timed on a new connection (connecting included): the phrases of every segment are
        read from the segment's own file while the server gets ready, so this is a lookup, not a build.
        Then %3$d queries are typed letter by letter on one connection, %4$s requests, one pass
        untimed and one timed per start. After each server stops, `gazette suggest "%5$s"` and
        `gazette search "bank of japan"` run as whole processes on the same data folder (read-only
        opens), their wall time from process start to exit.

        %6$s
        Typed: %7$s.""".formatted(rounds, suggest(FIRST), TYPED.size(), Fmt.count(prefixes.size()), FIRST,
        table.markdown(), String.join(", ", TYPED.stream().map(t -> "`" + t + "`").toList()));
    return new Section(id(), "Autocomplete", context.command(id()), context.conditions(started), body, goals);
  }

  /** Every prefix of every typed query, in typing order. */
  static List<String> prefixes() {
    List<String> all = new ArrayList<>();
    for (String query : TYPED) {
      for (int end = 1; end <= query.length(); end++) {
        all.add(query.substring(0, end));
      }
    }
    return all;
  }

  private static void typeAll(HttpConnection connection, List<String> prefixes, Samples into) throws IOException {
    for (String prefix : prefixes) {
      long start = System.nanoTime();
      HttpConnection.Response response = connection.get(suggest(prefix));
      into.add(System.nanoTime() - start);
      if (response.status() != 200) {
        throw new IllegalStateException(suggest(prefix) + " answered " + response.status() + ": " + response.text());
      }
    }
  }

  private static long timedGet(int port, String target) throws IOException {
    long start = System.nanoTime();
    try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, port)) {
      HttpConnection.Response response = connection.get(target);
      if (response.status() != 200) {
        throw new IllegalStateException(target + " answered " + response.status() + ": " + response.text());
      }
    }
    return System.nanoTime() - start;
  }

  /** Runs {@code gazette COMMAND TEXT --data DATA} as the launcher does; its wall seconds. */
  private static double cli(Path repository, Path data, Path logs, String command, String text)
      throws IOException, InterruptedException {
    Path jar = repository.resolve("index/target/gazette-index-0.1.0-SNAPSHOT-all.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing; build with ./gazette bench (or ./mvnw -Pbench package)");
    }
    List<String> line = List.of(ChildProcess.java(), "--enable-native-access=ALL-UNNAMED", "-XX:+UseParallelGC",
        "-jar", jar.toString(), command, text, "--data", data.toString());
    long start = System.nanoTime();
    Process process = new ProcessBuilder(line).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("suggest-cli.log").toFile())).start();
    int exit = process.waitFor();
    long elapsed = System.nanoTime() - start;
    if (exit != 0) {
      throw new IllegalStateException("gazette " + command + " exited " + exit + "; see " + logs.resolve("suggest-cli.log"));
    }
    return elapsed / 1e9;
  }

  private static String suggest(String prefix) {
    return "/api/suggest?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
  }

  private static String ms(Spread spread) {
    return Fmt.decimal(spread.median(), 1) + " ms" + (spread.rounds() > 1
        ? " (" + Fmt.decimal(spread.min(), 1) + "–" + Fmt.decimal(spread.max(), 1) + ")" : "");
  }

  private static String secs(Spread spread) {
    return Fmt.seconds(spread.median()) + (spread.rounds() > 1
        ? " (" + Fmt.seconds(spread.min()) + "–" + Fmt.seconds(spread.max()) + ")" : "");
  }
}

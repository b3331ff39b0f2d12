package dev.gazette.bench.suites;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.ServerProcess;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The search page as a reader feels it: headless Chromium, driven by {@code e2e/page-bench.mjs}
 * (playwright-core), against the Gazette server on Reuters-21578. Measures the first load with an
 * empty browser cache and keystroke-to-results (the last key of a typed query to its results
 * drawn, the page's typing pause included).
 */
public final class PageSuite implements Suite {
  private static final double GOAL_P50_MS = 150;
  private static final double GOAL_LOAD_MS = 1_000;
  private static final long TIMEOUT_MINUTES = 10;

  @Override
  public String id() {
    return "page";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    Path repository = context.options().repository();
    Path e2e = repository.resolve("e2e");
    Path chromium = Path.of(System.getenv().getOrDefault("GAZETTE_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isDirectory(e2e.resolve("node_modules/playwright-core")) || !Files.isExecutable(chromium)) {
      return new Section(id(), "Search page in the browser", context.command(id()), context.conditions(started),
          "Not measured: it needs node, " + chromium + " and `npm ci` in `e2e/`.", List.of());
    }
    Path data = context.workspace().gazette(context.reuters());
    Path log = context.workspace().dir("logs").resolve("page-gazette-server.log");
    JsonObject samples;
    try (ServerProcess server = GazetteServer.start(repository, data, context.options().heap(), true, log)) {
      server.awaitAnswer("/ready", 300);
      samples = measure(e2e, server.port(), context.options().rounds());
    }
    List<Double> loads = millis(samples, "firstLoadMs");
    List<Double> keys = millis(samples, "keystrokeMs");
    List<Double> server = millis(samples, "serverMs");
    double keyP50 = percentile(keys, 50);
    double loadP50 = percentile(loads, 50);
    Table table = new Table("measure", "samples", "p50", "p95", "max");
    table.row("first load (empty browser cache) to the latest articles drawn", loads.size(), ms(loadP50),
        ms(percentile(loads, 95)), ms(percentile(loads, 100)));
    table.row("last keystroke to the results drawn", keys.size(), ms(keyP50), ms(percentile(keys, 95)),
        ms(percentile(keys, 100)));
    part(table, "· the page's typing pause (a timer, then the request starts)", millis(samples, "pauseMs"));
    part(table, "· the request: network and server, answer read", millis(samples, "requestMs"));
    part(table, "· · of which the server's search (`tookMs`)", server);
    part(table, "· the page's work: answer parsed, results and sidebar in the DOM", millis(samples, "pageMs"));
    part(table, "· the wait for the next frame (painted)", millis(samples, "frameMs"));
    List<Double> alone = millis(samples, "aloneMs");
    List<Double> beyond = millis(samples, "beyondMs");
    part(table, "baseline: the same search request sent again alone, right after", alone);
    part(table, "what the page adds to its search request (keystroke to results − baseline)", beyond);
    List<Goal> goals = List.of(
        new Goal("Search page: keystroke to results, p50 (typing pause included)", "≤ 150 ms",
            ms(keyP50) + "; the page adds " + ms(percentile(beyond, 50)) + " to its search request (" + ms(percentile(alone, 50))
                + " alone in the same run)", keyP50 <= GOAL_P50_MS),
        new Goal("Search page: first load, p50", "≤ 1 s", ms(loadP50), loadP50 <= GOAL_LOAD_MS));
    String body = """
        Headless Chromium (Debian's package, driven by playwright-core through `e2e/page-bench.mjs`)
        against the Gazette server (`-Xms%1$s -Xmx%1$s`) on the Reuters-21578 index, over loopback.
        **First load**: a fresh tab with the browser cache emptied opens `/`, timed from navigation
        start to the latest articles drawn (the page's files, `/api/stats`, and one search with the
        open facet groups and the timeline); the slowest is the first after the server started.
        **Keystroke to results**: on one tab, %2$d queries (`oil prices`, `bank of japan`, …) typed
        %3$d times each, a key every %4$d ms, timed from the last key down to the results for the
        whole query painted, the page's typing pause (25 ms) included, then split into its parts
        (each part's percentiles are its own, so they do not add up exactly). The page's own share is
        the pause, its work and the frame; the rest is the request, mostly the server's search, which
        on this machine queues for one of two cores shared by several builds (the load average above).
        So that the page can be judged apart from that load, the page then sends the same search
        request again on its own, as a baseline measured in the same moment; the last row is, query
        by query, keystroke-to-results minus that baseline.
        Each search while typing asks only for what is on screen (the hits, the timeline and the first
        nine values of the open facet groups), and a superseded search is cancelled.

        %5$s""".formatted(context.options().heap(), samples.get("queries").getAsInt(), samples.get("rounds").getAsInt(),
        samples.get("keyGapMs").getAsInt(), table.markdown());
    return new Section(id(), "Search page in the browser", context.command(id()), context.conditions(started), body, goals);
  }

  private static void part(Table table, String what, List<Double> values) {
    table.row(what, values.size(), ms(percentile(values, 50)), ms(percentile(values, 95)), ms(percentile(values, 100)));
  }

  /** Runs the browser measurement against the server on {@code port}; its JSON line of samples. */
  private static JsonObject measure(Path e2e, int port, int rounds) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("node", "page-bench.mjs").directory(e2e.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("GAZETTE_URL", "http://" + ServerProcess.HOST + ":" + port);
    builder.environment().put("GAZETTE_BENCH_ROUNDS", Integer.toString(rounds));
    Process process = builder.start();
    process.getOutputStream().close();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IOException("page-bench.mjs failed: " + output);
    }
    String[] lines = output.strip().split("\n");
    return JsonParser.parseString(lines[lines.length - 1]).getAsJsonObject();
  }

  private static List<Double> millis(JsonObject samples, String name) {
    List<Double> values = new ArrayList<>();
    samples.getAsJsonArray(name).forEach(v -> values.add(v.getAsDouble()));
    return values;
  }

  /** The nearest-rank percentile {@code p} (0–100) of {@code values}. */
  static double percentile(List<Double> values, double p) {
    List<Double> sorted = values.stream().sorted().toList();
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  private static String ms(double value) {
    return String.format("%.0f ms", value);
  }
}

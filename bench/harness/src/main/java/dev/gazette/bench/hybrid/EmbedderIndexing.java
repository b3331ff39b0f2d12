package dev.gazette.bench.hybrid;

import com.google.gson.JsonParser;
import dev.gazette.bench.BenchOptions;
import dev.gazette.bench.Workspace;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.measure.IndexingRounds;
import dev.gazette.bench.measure.Parallel;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.ServerProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Bulk loads over HTTP into a server started with the bundled embedder and into one started
 * without, each from an empty data folder, taking turns round by round: what the background
 * embedder costs a bulk load. Each server gets {@value #SETTLE_MS} ms after its first answer (time
 * to load the model) before the clock runs, from the first {@code POST /api/articles} to the last
 * answer (each answer comes after its commit).
 */
public final class EmbedderIndexing {
  /** The two servers, as {@code --embedder} names their model. */
  public static final List<String> EMBEDDERS = List.of("none", "bundled");
  private static final int BATCH = 500;
  private static final long SETTLE_MS = 3_000;

  private final BenchOptions options;
  private final Workspace workspace;
  private final List<byte[]> batches;
  private final int articles;
  private final List<Long> embeddedDuring = new ArrayList<>();
  private final List<Long> embeddedAfter = new ArrayList<>();

  private EmbedderIndexing(BenchOptions options, Workspace workspace, List<String> lines) {
    this.options = options;
    this.workspace = workspace;
    this.articles = lines.size();
    this.batches = new ArrayList<>();
    for (int from = 0; from < lines.size(); from += BATCH) {
      batches.add((String.join("\n", lines.subList(from, Math.min(lines.size(), from + BATCH))) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * What was measured.
   *
   * @param rounds the documents per second of each server and thread count
   * @param articles the articles each load sent
   * @param embeddedDuring how many articles the server with the embedder had embedded when each of its loads ended
   * @param embeddedAfter how many it had embedded {@value #SETTLE_MS} ms later
   */
  public record Result(IndexingRounds rounds, int articles, List<Long> embeddedDuring, List<Long> embeddedAfter) {}

  /** Loads the JSON Lines file {@code source} (as it comes) on each of {@code threads} connections, {@code rounds} timed rounds. */
  public static Result measure(BenchOptions options, Workspace workspace, Path source, List<Integer> threads, int rounds)
      throws Exception {
    EmbedderIndexing loads = new EmbedderIndexing(options, workspace, lines(source));
    IndexingRounds measured = IndexingRounds.run(EMBEDDERS, threads, rounds, loads.articles, loads::load);
    return new Result(measured, loads.articles, List.copyOf(loads.embeddedDuring), List.copyOf(loads.embeddedAfter));
  }

  private long load(String embedder, int threads) throws Exception {
    Path data = workspace.scratch("hybrid-bulk");
    Path log = workspace.dir("logs").resolve("hybrid-bulk-" + embedder + ".log");
    try (ServerProcess server = GazetteServer.start(options.repository(), data, options.heap(), true, embedder, log)) {
      server.awaitAnswer("/ready", 300);
      Thread.sleep(SETTLE_MS);
      List<HttpConnection> connections = IntStream.range(0, threads)
          .mapToObj(t -> new HttpConnection(ServerProcess.HOST, server.port())).toList();
      long started = System.nanoTime();
      Parallel.forEach(threads, batches.size(), i -> post(connections.get(i % threads), server.port(), batches.get(i)));
      long elapsed = System.nanoTime() - started;
      connections.forEach(HttpConnection::close);
      if (!embedder.equals("none")) {
        embeddedDuring.add(embedded(server.port()));
        Thread.sleep(SETTLE_MS);
        embeddedAfter.add(embedded(server.port()));
      }
      return elapsed;
    } finally {
      Workspace.delete(data);
    }
  }

  private static void post(HttpConnection connection, int port, byte[] ndjson) throws IOException {
    HttpConnection.Response response = connection.send(HttpConnection.request("POST", "/api/articles",
        ServerProcess.HOST, port, "application/x-ndjson", ndjson));
    if (response.status() != 200) {
      throw new IllegalStateException("bulk load answered " + response.status() + ": " + response.text());
    }
  }

  /** The articles the server has embedded, from {@code /api/stats}. */
  private static long embedded(int port) throws IOException {
    try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, port)) {
      var stats = JsonParser.parseString(connection.get("/api/stats").text()).getAsJsonObject();
      return stats.getAsJsonObject("embedding").get("embedded").getAsLong();
    }
  }

  private static List<String> lines(Path source) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8))) {
      return in.lines().filter(line -> !line.isBlank()).toList();
    }
  }
}

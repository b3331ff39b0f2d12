package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.gazette.Article;
import dev.gazette.GazetteConfig;
import dev.gazette.store.DataFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP fuzzer against the real server process on part of Reuters-21578 (issue #16): random and
 * adversarial requests over raw sockets — query strings, paths, headers, bodies, methods, framing,
 * encodings — each answer held to {@link HttpFuzzOracle} (below 500, JSON errors, no class names,
 * in time), tracked writes and reads to {@link HttpFuzzModel}; then {@code /health} answers, every
 * acknowledged write reads back over HTTP, and after a clean stop the index passes CheckIndex and
 * holds the same. The build fuzzes for {@value #CI_MINUTES} minute; a long run is {@code
 * -Dgazette.fuzz.minutes=35} or {@code -Dgazette.fuzz.requests=10000000}, whichever ends first
 * (see docs/security.md). {@code -Dgazette.fuzz.seed=S} repeats
 * a run's requests; the seed is printed. Skipped, saying why, without the shared research data.
 */
class HttpFuzzTest {
  /** How long the build fuzzes, in minutes. */
  static final double CI_MINUTES = 1;
  /** Workers, each with its own connection: one writes, the others keep the server busy while they wait on it. */
  static final int WORKERS = 16;
  private static final int ARTICLES = 2_500;

  @TempDir Path data;

  @Test
  void everyAnswerIsWellFormedAndNoAcknowledgedWriteIsLost() throws Exception {
    Optional<Path> corpus = Reuters.corpus();
    if (corpus.isEmpty()) {
      System.out.println("SKIPPED: Reuters-21578 not found in " + Reuters.shared() + ": the HTTP fuzz did not run");
    }
    assumeTrue(corpus.isPresent(), "Reuters-21578 not found in " + Reuters.shared());
    long seed = Long.getLong("gazette.fuzz.seed", System.nanoTime());
    long requests = Long.getLong("gazette.fuzz.requests", Long.MAX_VALUE);
    Duration duration = Duration.ofSeconds((long) (60 * Double.parseDouble(System.getProperty("gazette.fuzz.minutes",
        Double.toString(CI_MINUTES)))));
    int workers = Integer.getInteger("gazette.fuzz.workers", WORKERS);
    Duration bound = Duration.ofSeconds(Integer.getInteger("gazette.fuzz.answerSeconds", 20));
    System.out.printf("HTTP fuzz: seed %d (repeat with -Dgazette.fuzz.seed=%d), up to %s requests for %s, %d workers%n",
        seed, seed, requests == Long.MAX_VALUE ? "any number of" : Long.toString(requests), duration, workers);

    List<String> problems = new ArrayList<>();
    HttpFuzzer.Report report;
    try (HttpFuzzServer server = HttpFuzzServer.start(data)) {
      List<String> ids = load(server, corpus.get());
      HttpFuzzer fuzzer = new HttpFuzzer(server.uri, seed, workers, requests, duration, bound, ids);
      Duration serverCpu = cpu(server.process.toHandle());
      Duration fuzzerCpu = cpu(ProcessHandle.current());
      report = fuzzer.run();
      String described = report.describe() + String.format("CPU: the server %.1f s (%.0f µs a request), the fuzzer %.1f s%n",
          cpu(server.process.toHandle()).minus(serverCpu).toMillis() / 1e3,
          cpu(server.process.toHandle()).minus(serverCpu).toNanos() / 1e3 / Math.max(1, report.requests()),
          cpu(ProcessHandle.current()).minus(fuzzerCpu).toMillis() / 1e3);
      System.out.println(described);
      Files.writeString(Path.of("target", "http-fuzz-report.txt"), described);
      if (!report.failures().isEmpty()) {
        problems.add(report.failures().size() + " failure classes (see above)");
      }
      RawHttp.Answer health = RawHttp.get(server.uri, "/health", bound);
      if (health.status() != 200) {
        problems.add("/health after the fuzz: " + health.status() + " " + health.text());
      }
      fuzzer.verifyOverHttp(report.models()).forEach(v -> problems.add("over HTTP: " + v));
      assertEquals(143, server.stop(), "the server did not stop on SIGTERM:\n" + server.output());
    }
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      DataFolder.CheckReport check = folder.check();
      if (!check.clean()) {
        problems.add("CheckIndex: " + check.report());
      }
      for (HttpFuzzModel model : report.models()) {
        folder.read(gazette -> model.verify(id -> gazette.get(id).map(Article::title)))
            .forEach(v -> problems.add("on disk: " + v));
      }
    }
    int tracked = report.models().stream().mapToInt(HttpFuzzModel::known).sum();
    System.out.printf("HTTP fuzz: %d tracked ids read back over HTTP and from disk; CheckIndex %s%n", tracked,
        problems.stream().anyMatch(p -> p.startsWith("CheckIndex")) ? "found problems" : "clean");
    assertTrue(tracked > 0, "the fuzz tracked no article");
    assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\n" + report.describe());
  }

  /** The CPU time {@code process} has used so far. */
  private static Duration cpu(ProcessHandle process) {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** Loads the first {@value #ARTICLES} Reuters articles as one NDJSON body; their ids. */
  private static List<String> load(HttpFuzzServer server, Path corpus) throws IOException {
    String body = String.join("\n", Reuters.firstArticles(corpus, ARTICLES));
    String request = "POST /api/articles HTTP/1.1\r\nHost: gazette\r\nConnection: close\r\n"
        + "Content-Type: application/x-ndjson\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n" + body;
    RawHttp.Answer answer = RawHttp.exchange(server.uri, request, Duration.ofMinutes(2));
    assertEquals(200, answer.status(), answer.text());
    List<String> ids = JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("items").asList().stream()
        .map(JsonElement::getAsJsonObject).filter(item -> !item.get("id").isJsonNull())
        .map(item -> item.get("id").getAsString()).toList();
    assertEquals(ARTICLES, ids.size(), "Reuters articles indexed");
    return ids;
  }
}

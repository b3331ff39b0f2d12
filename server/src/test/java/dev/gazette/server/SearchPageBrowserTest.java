package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real browser: starts the server on the bundled seeds, the newsroom
 * articles of {@code e2e/fixtures} and, when the shared research data is there, the first
 * {@value #REUTERS_ARTICLES} Reuters-21578 articles; then runs {@code e2e/search-page.test.mjs} and
 * the reader's journey {@code e2e/journey.test.mjs} (headless Debian Chromium driven by
 * playwright-core) against it. Search by meaning runs apart, {@code e2e/meaning.test.mjs} against
 * a server with the bundled model and an empty index that those tests fill. Screenshots land in
 * {@code target/e2e-screenshots}. Skipped, saying why, when node, Chromium or playwright-core is
 * missing.
 */
class SearchPageBrowserTest {
  static final int REUTERS_ARTICLES = 3_000;
  private static final Path E2E = Path.of("../e2e").toAbsolutePath().normalize();
  private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GAZETTE_CHROMIUM", "/usr/bin/chromium"));
  private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots").toAbsolutePath();
  private static final long TIMEOUT_MINUTES = 5;

  @TempDir Path temp;

  @Test
  void searchPageWorksInChromium() throws Exception {
    Path node = node();
    Path seeds = Files.createDirectories(temp.resolve("seeds"));
    try (Stream<Path> files = Files.list(TestServer.SEEDS)) {
      for (Path file : files.toList()) {
        Files.copy(file, seeds.resolve(file.getFileName()));
      }
    }
    Files.copy(E2E.resolve("fixtures/newsroom.jsonl"), seeds.resolve("newsroom.jsonl"));
    boolean reuters = reutersSample(seeds.resolve("reuters-sample.jsonl"));

    try (TestServer server = TestServer.start(temp.resolve("data"), Map.of(), "--seeds", seeds.toString())) {
      runBrowserTests(node, server, reuters ? Map.of("GAZETTE_LARGE_INDEX", "reuters") : Map.of(),
          "search-page.test.mjs", "journey.test.mjs");
    }
  }

  @Test
  void meaningSearchWorksInChromium() throws Exception {
    Path node = node();
    try (TestServer server = TestServer.start(temp.resolve("meaning"), Map.of(), "--seeds", "none", "--embedder", "bundled")) {
      runBrowserTests(node, server, Map.of(), "meaning.test.mjs");
    }
  }

  /** The node to run the browser tests with; skips the test when it, Chromium or playwright-core is missing. */
  private static Path node() {
    Path node = executable("node").orElse(null);
    runOnlyIf(node != null, "node is not on the PATH");
    runOnlyIf(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing (apt-get install chromium)");
    runOnlyIf(Files.isDirectory(E2E.resolve("node_modules/playwright-core")),
        "playwright-core is not installed (npm ci in " + E2E + ")");
    return node;
  }

  /** Runs the browser test {@code files} against {@code server} with {@code env} added, and fails with their output if any fails. */
  private static void runBrowserTests(Path node, TestServer server, Map<String, String> env, String... files) throws Exception {
    List<String> command = new ArrayList<>(List.of(node.toString(), "--test", "--test-concurrency=1", "--test-reporter=spec"));
    command.addAll(List.of(files));
    ProcessBuilder run = new ProcessBuilder(command).directory(E2E.toFile()).redirectErrorStream(true);
    run.environment().put("GAZETTE_URL", server.server.uri().toString());
    run.environment().put("GAZETTE_SCREENSHOTS", SCREENSHOTS.toString());
    run.environment().put("GAZETTE_CHROMIUM", CHROMIUM.toString());
    run.environment().putAll(env);
    Process process = run.start();
    StringBuffer output = new StringBuffer();
    Thread pump = Thread.ofPlatform().daemon().start(() -> copy(process, output));
    boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    pump.join(10_000);
    assertTrue(finished, "the browser tests did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + output);
    assertEquals(0, process.exitValue(), "browser tests failed:\n" + output);
  }

  /** Skips the test unless {@code ready}, saying why on the console too (Surefire's summary only counts skips). */
  private static void runOnlyIf(boolean ready, String missing) {
    String message = missing + ": the browser tests of the search page did not run";
    if (!ready) {
      System.out.println("SKIPPED: " + message);
    }
    assumeTrue(ready, message);
  }

  /** Writes the first Reuters articles to {@code target}; false when the shared data is not there. */
  private static boolean reutersSample(Path target) throws IOException {
    Optional<Path> corpus = Reuters.corpus();
    if (corpus.isEmpty()) {
      System.out.println("Reuters-21578 not found in " + Reuters.shared() + "; the browser tests run without the large index");
      return false;
    }
    Files.write(target, Reuters.firstArticles(corpus.get(), REUTERS_ARTICLES));
    return true;
  }

  private static Optional<Path> executable(String name) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Echoes the test run's output (so it lands in the Surefire report) and keeps it for the failure message. */
  private static void copy(Process process, StringBuffer output) {
    try (BufferedReader in = process.inputReader(StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        System.out.println(line);
        output.append(line).append('\n');
      }
    } catch (IOException e) {
      output.append("(could not read the test output: ").append(e.getMessage()).append(")\n");
    }
  }
}

package dev.gazette.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A real server on a free loopback port over a test's data folder, with its log kept for assertions (of every server logging meanwhile). */
final class TestServer implements AutoCloseable {
  /** The repository's bundled seeds (tests run in the server module's folder). */
  static final Path SEEDS = Path.of("../seeds").toAbsolutePath().normalize();
  /** The bundled seed file about Russia and North Korea. */
  static final String SEED_FILE = "000_0388dada9763fdad.txt";
  /** The id of that seed article (its file name without the order prefix). */
  static final String SEED_ID = "0388dada9763fdad";

  final GazetteServer server;
  final LogCapture log;
  final Api api;

  private TestServer(GazetteServer server, LogCapture log) {
    this.server = server;
    this.log = log;
    this.api = new Api(server.uri());
  }

  /** Starts a server on {@code data} and the bundled seeds, with extra flags and environment, and waits until ready. */
  static TestServer start(Path data, Map<String, String> env, String... flags) {
    TestServer server = startWith(options(data, env, flags), null);
    server.server.ready().join();
    return server;
  }

  /**
   * The options for {@code data} on a free port, plus {@code flags}; the bundled seeds unless {@code
   * flags} name others, and no embedder unless they name one (the model's load and the seeds'
   * embedding are for the tests of search by meaning).
   */
  static ServerOptions options(Path data, Map<String, String> env, String... flags) {
    Stream<String> seeds = List.of(flags).contains("--seeds") ? Stream.of() : Stream.of("--seeds", SEEDS.toString());
    Stream<String> embedder = List.of(flags).contains("--embedder") ? Stream.of() : Stream.of("--embedder", "none");
    String[] args = Stream.of(Stream.of("--port", "0", "--data", data.toString()), seeds, embedder, Stream.of(flags))
        .flatMap(s -> s).toArray(String[]::new);
    return ServeCommand.options(env, args);
  }

  /** Starts a server with {@code startup} (or the seed indexer when {@code null}) without waiting. */
  static TestServer startWith(ServerOptions options, Startup startup) {
    LogCapture log = new LogCapture();
    try {
      GazetteServer server = startup == null
          ? GazetteServer.start(options, new Log())
          : GazetteServer.start(options, new Log(), startup);
      return new TestServer(server, log);
    } catch (RuntimeException e) {
      log.close();
      throw e;
    }
  }

  /** The log lines written so far, as {@code LEVEL logger message} ({@link LogCapture}). */
  List<String> logLines() {
    return log.lines();
  }

  /**
   * Waits until a log line matches {@code regex}; the access log is written once a response is
   * complete, which can be just after the client has read it.
   */
  boolean awaitLogLine(String regex) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (logLines().stream().anyMatch(line -> line.matches(regex))) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      log.close();
    }
  }
}

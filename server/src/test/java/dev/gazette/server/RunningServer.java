package dev.gazette.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server shared by the tests of a class, over a fresh data folder and the bundled seeds:
 * register it as a static {@code @RegisterExtension} field.
 */
final class RunningServer implements BeforeAllCallback, AfterAllCallback {
  private final String[] flags;
  private Path data;
  private TestServer server;

  /** A server started with {@code flags} besides the port, data folder and seeds. */
  RunningServer(String... flags) {
    this.flags = flags;
  }

  /** The running server. */
  TestServer server() {
    return server;
  }

  /** A client of the running server. */
  Api api() {
    return server.api;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    data = Files.createTempDirectory("gazette-server-test");
    server = TestServer.start(data, Map.of(), flags);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    server.close();
    try (Stream<Path> files = Files.walk(data)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}

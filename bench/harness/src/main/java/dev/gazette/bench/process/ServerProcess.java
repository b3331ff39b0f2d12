package dev.gazette.bench.process;

import dev.gazette.bench.http.HttpConnection;
import java.io.IOException;

/**
 * A server process answering HTTP on a loopback port: a Gazette server or an OpenSearch node.
 *
 * @param process the running JVM
 * @param port its HTTP port
 */
public record ServerProcess(ChildProcess process, int port) implements AutoCloseable {
  /** The host every server listens on. */
  public static final String HOST = "127.0.0.1";

  /**
   * Polls {@code target} every 5 ms until it answers 200; returns the nanoseconds since the
   * process started. Fails when the process dies or {@code timeoutSeconds} pass.
   */
  public long awaitAnswer(String target, int timeoutSeconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!process.alive()) {
        throw new IllegalStateException(process + " exited before answering " + target + "; see its log");
      }
      try (HttpConnection connection = new HttpConnection(HOST, port)) {
        if (connection.get(target).status() == 200) {
          return System.nanoTime() - process.startedNanos();
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(5);
    }
    throw new IllegalStateException(process + " did not answer " + target + " within " + timeoutSeconds + " s");
  }

  @Override
  public void close() {
    process.close();
  }
}

package dev.gazette.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Main} run in its own JVM, as {@code ./gazette serve} runs it, so tests can signal and kill
 * it. Signal it through {@link Process#toHandle()}: {@link Process#destroy()} also closes the pipe
 * this class reads the output from.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+?);");
  /** The line saying the index is ready, in the text or the JSON log format. */
  private static final Pattern READY = Pattern.compile("[ \"]ready: ");
  private static final long START_TIMEOUT_MS = 120_000;

  final Process process;
  final URI uri;
  private final List<String> lines = new ArrayList<>();
  private final Thread pump;

  private ServerProcess(Path data, List<String> jvmFlags, String... flags) throws IOException, InterruptedException {
    process = launch(data, jvmFlags, flags);
    pump = Thread.ofPlatform().daemon().start(this::pump);
    uri = awaitReady();
  }

  /**
   * Starts {@code Main} on {@code data} with {@code flags} besides the port, data folder and seeds,
   * without waiting for it, its output merged into its standard output.
   */
  static Process launch(Path data, String... flags) throws IOException {
    return launch(data, List.of(), flags);
  }

  private static Process launch(Path data, List<String> jvmFlags, String... flags) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "--add-modules",
        "jdk.incubator.vector"));
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--port", "0", "--data", data.toString(), "--seeds", TestServer.SEEDS.toString()));
    if (!List.of(flags).contains("--embedder")) {
      command.addAll(List.of("--embedder", "none"));
    }
    command.addAll(List.of(flags));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  /** Starts the server on {@code data} with the bundled seeds and {@code flags}, and waits until it is ready. */
  static ServerProcess start(Path data, String... flags) throws IOException, InterruptedException {
    return new ServerProcess(data, List.of(), flags);
  }

  /** Like {@link #start(Path, String...)}, with {@code jvmFlags} (such as {@code -Dname=value}) for the JVM. */
  static ServerProcess start(Path data, List<String> jvmFlags, String... flags) throws IOException, InterruptedException {
    return new ServerProcess(data, jvmFlags, flags);
  }

  /** Waits for the process to end and for all its output; its exit code. */
  int waitFor() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the server did not stop:\n" + output());
    }
    pump.join(10_000);
    return process.exitValue();
  }

  /** Everything the process printed so far. */
  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  private URI awaitReady() throws InterruptedException {
    long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
    synchronized (lines) {
      while (lines.stream().noneMatch(line -> READY.matcher(line).find()) && pump.isAlive()) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          break;
        }
        lines.wait(left);
      }
      Matcher matcher = LISTENING.matcher(String.join("\n", lines));
      if (lines.stream().noneMatch(line -> READY.matcher(line).find()) || !matcher.find()) {
        throw new AssertionError("the server did not become ready:\n" + String.join("\n", lines));
      }
      return URI.create(matcher.group(1));
    }
  }

  private void pump() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      synchronized (lines) {
        lines.notifyAll();
      }
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Main} run in its own JVM, as {@code ./gazette serve} runs it, so tests can signal and kill it. */
final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+?);");

  final Process process;
  final URI uri;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> output = new ArrayList<>();

  private ServerProcess(Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--port", "0", "--data", data.toString(), "--seeds", TestServer.SEEDS.toString())
        .redirectErrorStream(true)
        .start();
    Thread.ofPlatform().daemon().start(this::pump);
    URI found = null;
    for (String line = next(); line != null && !line.contains(" ready: "); line = next()) {
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        found = URI.create(matcher.group(1));
      }
    }
    assertNotNull(found, "the server did not start:\n" + output());
    uri = found;
  }

  /** Starts the server on {@code data} with the bundled seeds and waits until it is ready. */
  static ServerProcess start(Path data) throws IOException {
    return new ServerProcess(data);
  }

  /** Waits for the process to end; its exit code. */
  int waitFor() throws InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the server did not stop:\n" + output());
    }
    return process.exitValue();
  }

  /** Everything the process printed so far. */
  String output() {
    String line;
    while ((line = lines.poll()) != null) {
      output.add(line);
    }
    return String.join("\n", output);
  }

  private String next() {
    try {
      String line = lines.poll(120, TimeUnit.SECONDS);
      if (line != null) {
        output.add(line);
      }
      return line == null || line.equals(EOF) ? null : line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static final String EOF = "\u0000eof";

  private void pump() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lines.add(EOF);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

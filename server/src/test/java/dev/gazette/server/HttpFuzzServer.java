package dev.gazette.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server process the HTTP fuzzer attacks, started as {@link ServerProcess#launch} starts it, but
 * keeping only the last {@value #KEPT} characters of its output: its access log writes a line for every
 * request, and a long run sends millions. Its output is read in large blocks, so reading it costs
 * the fuzzer little.
 */
final class HttpFuzzServer implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+?);");
  private static final int KEPT = 64 * 1024;
  private static final long START_MILLIS = 120_000;

  final Process process;
  final URI uri;
  private final StringBuilder tail = new StringBuilder();
  private final Thread pump;
  private boolean ready;
  private String listening;

  private HttpFuzzServer(Path data) throws IOException, InterruptedException {
    process = ServerProcess.launch(data);
    pump = Thread.ofPlatform().daemon().name("fuzz-server-output").start(this::pump);
    uri = awaitReady();
  }

  /** Starts the server on {@code data} with the bundled seeds and waits until it is ready. */
  static HttpFuzzServer start(Path data) throws IOException, InterruptedException {
    return new HttpFuzzServer(data);
  }

  /** Stops the server with SIGTERM and waits for it; its exit code. */
  int stop() throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new AssertionError("the server did not stop:\n" + output());
    }
    pump.join(10_000);
    return process.exitValue();
  }

  /** The end of what the process printed. */
  synchronized String output() {
    return tail.toString();
  }

  private synchronized URI awaitReady() throws InterruptedException {
    long deadline = System.currentTimeMillis() + START_MILLIS;
    while (!ready && pump.isAlive() && System.currentTimeMillis() < deadline) {
      wait(Math.max(1, deadline - System.currentTimeMillis()));
    }
    if (!ready || listening == null) {
      throw new AssertionError("the server did not become ready:\n" + output());
    }
    return URI.create(listening);
  }

  private void pump() {
    byte[] block = new byte[1 << 16];
    try (InputStream in = process.getInputStream()) {
      for (int n = in.read(block); n >= 0; n = in.read(block)) {
        take(new String(block, 0, n, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the process ended: what it printed is kept
    } finally {
      synchronized (this) {
        notifyAll();
      }
    }
  }

  private synchronized void take(String text) {
    tail.append(text);
    if (!ready) {
      Matcher matcher = LISTENING.matcher(tail);
      listening = matcher.find() ? matcher.group(1) : listening;
      ready = tail.indexOf(" ready: ") >= 0;
      notifyAll();
    } else if (tail.length() > KEPT) {
      tail.delete(0, tail.length() - KEPT);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

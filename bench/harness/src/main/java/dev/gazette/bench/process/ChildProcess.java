package dev.gazette.bench.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A server the harness starts in a JVM of its own: its output goes to a log file, and it is stopped
 * with SIGTERM (then killed after 30 s) when closed, or by a shutdown hook if the harness ends
 * first, so no server outlives a run.
 */
public final class ChildProcess implements AutoCloseable {
  private static final Set<ChildProcess> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ChildProcess::close), "bench-children-stop"));
  }

  private final String name;
  private final Process process;
  private final long startedNanos;

  private ChildProcess(String name, Process process, long startedNanos) {
    this.name = name;
    this.process = process;
    this.startedNanos = startedNanos;
  }

  /** Starts {@code command}, its output appended to {@code log}. */
  public static ChildProcess start(String name, List<String> command, Path log) throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long started = System.nanoTime();
    ChildProcess child = new ChildProcess(name, builder.start(), started);
    RUNNING.add(child);
    return child;
  }

  /** The java launcher of the running JVM, so children run on the same JDK. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A free TCP port on the loopback interface. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** When the process was started, from {@link System#nanoTime()}. */
  public long startedNanos() {
    return startedNanos;
  }

  /** Whether it still runs. */
  public boolean alive() {
    return process.isAlive();
  }

  /** Its resident set size now, in bytes (from {@code /proc}), or -1 when unknown. */
  public long rss() {
    return status("VmRSS:");
  }

  /** Its anonymous resident memory now (heap, stacks, native allocations), in bytes, or -1 when unknown. */
  public long rssAnon() {
    return status("RssAnon:");
  }

  /** Its file-backed resident memory now (mapped jars and index files: page cache), in bytes, or -1 when unknown. */
  public long rssFile() {
    return status("RssFile:");
  }

  /** The peak of its resident set size, in bytes, or -1 when unknown. */
  public long peakRss() {
    return status("VmHWM:");
  }

  private long status(String key) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
          .filter(line -> line.startsWith(key))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
          .findFirst().orElse(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  /** Stops it: SIGTERM, up to 30 s to finish, then a kill. */
  @Override
  public void close() {
    RUNNING.remove(this);
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        System.err.println(name + " did not stop within 30 s; killing it");
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ")";
  }
}

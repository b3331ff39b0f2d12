package dev.gazette.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code ./gazette serve} as the launcher does (the same jar and JVM flags, and on a JDK 25 or
 * newer the same ahead-of-time cache, trained the same way when missing or older than the jar) on an
 * existing data folder, with no seeds, on a free port.
 */
public final class GazetteServer {
  /** The JVM flags of the {@code gazette} launcher. */
  public static final List<String> LAUNCHER_FLAGS =
      List.of("--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC");
  /** The JDK release that has the ahead-of-time cache the launcher uses ({@code -XX:AOTCache}). */
  private static final int AOT_RELEASE = 25;

  private GazetteServer() {}

  /** The server's runnable jar in the repository, built by {@code ./gazette bench}. */
  public static Path jar(Path repository) {
    Path jar = repository.resolve("server/target/gazette-server-0.1.0-SNAPSHOT-all.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing; build with ./gazette bench (or ./mvnw -Pbench package)");
    }
    return jar;
  }

  /**
   * The launcher's flags that start the server from its ahead-of-time cache, training the cache as
   * the launcher does when it is missing or older than the jar; none on a JDK before 25 or when the
   * training fails.
   */
  public static List<String> aotCacheFlags(Path repository) throws IOException {
    if (Runtime.version().feature() < AOT_RELEASE) {
      return List.of();
    }
    Path jar = jar(repository);
    Path cache = repository.resolve("server/target/gazette-server.aot");
    if (!Files.exists(cache) || !Files.getLastModifiedTime(cache).toInstant()
        .isAfter(Files.getLastModifiedTime(jar).toInstant())) {
      Files.deleteIfExists(cache);
      List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
      command.addAll(LAUNCHER_FLAGS);
      command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=off", "-Xlog:cds=off",
          "-cp", jar.toString(), "dev.gazette.server.StartupTraining"));
      System.err.println("training the server's start-up cache, as the launcher does");
      try {
        Process training = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (training.waitFor() != 0) {
          Files.deleteIfExists(cache);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while training the start-up cache", e);
      }
    }
    return Files.exists(cache) ? List.of("-XX:AOTCache=" + cache) : List.of();
  }

  /**
   * Starts a server as the launcher does on {@code data} with a heap of {@code heap} (as {@code
   * -Xmx}, also {@code -Xms} when {@code fixedHeap}), without an embedder.
   */
  public static ServerProcess start(Path repository, Path data, String heap, boolean fixedHeap, Path log)
      throws IOException {
    return start(repository, data, heap, fixedHeap, aotCacheFlags(repository), log);
  }

  /**
   * Starts a server with the launcher's jar and JVM flags and {@code flags} (instead of the
   * launcher's ahead-of-time cache), without an embedder.
   */
  public static ServerProcess start(Path repository, Path data, String heap, boolean fixedHeap, List<String> flags,
      Path log) throws IOException {
    // Searches by words are compared with OpenSearch's: no model embeds the index in the background meanwhile.
    return start(repository, data, heap, fixedHeap, flags, "none", log);
  }

  /**
   * Starts a server as the launcher does, with the launcher's ahead-of-time cache and {@code
   * embedder} ({@code bundled} or {@code none}) as its model for search by meaning.
   */
  public static ServerProcess start(Path repository, Path data, String heap, boolean fixedHeap, String embedder,
      Path log) throws IOException {
    return start(repository, data, heap, fixedHeap, aotCacheFlags(repository), embedder, log);
  }

  private static ServerProcess start(Path repository, Path data, String heap, boolean fixedHeap, List<String> flags,
      String embedder, Path log) throws IOException {
    int port = ChildProcess.freePort();
    List<String> command = new ArrayList<>();
    command.add(ChildProcess.java());
    command.addAll(LAUNCHER_FLAGS);
    if (fixedHeap) {
      command.add("-Xms" + heap);
    }
    command.add("-Xmx" + heap);
    command.addAll(flags);
    command.addAll(List.of("-jar", jar(repository).toString(),
        "--data", data.toString(), "--seeds", data.resolve("no-seeds").toString(), "--embedder", embedder,
        "--host", ServerProcess.HOST, "--port", Integer.toString(port)));
    return new ServerProcess(ChildProcess.start("Gazette server", command, log), port);
  }
}

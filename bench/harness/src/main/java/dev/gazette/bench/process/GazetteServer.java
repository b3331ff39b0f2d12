package dev.gazette.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code ./gazette serve} as the launcher does (the same jar and JVM flags) on an existing
 * data folder, with no seeds, on a free port.
 */
public final class GazetteServer {
  /** The JVM flags of the {@code gazette} launcher. */
  public static final List<String> LAUNCHER_FLAGS =
      List.of("--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", "-XX:+UseParallelGC");

  private GazetteServer() {}

  /** The server's runnable jar in the repository, built by {@code ./gazette bench}. */
  public static Path jar(Path repository) {
    Path jar = repository.resolve("server/target/gazette-server-0.1.0-SNAPSHOT-all.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing; build with ./gazette bench (or ./mvnw -Pbench package)");
    }
    return jar;
  }

  /** Starts a server on {@code data} with a heap of {@code heap} (as {@code -Xmx}, also {@code -Xms} when {@code fixedHeap}). */
  public static ServerProcess start(Path repository, Path data, String heap, boolean fixedHeap, Path log)
      throws IOException {
    return start(repository, data, heap, fixedHeap, List.of(), log);
  }

  /** Starts a server as {@link #start(Path, Path, String, boolean, Path)} does, with more JVM flags. */
  public static ServerProcess start(Path repository, Path data, String heap, boolean fixedHeap, List<String> flags,
      Path log) throws IOException {
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
        "--data", data.toString(), "--seeds", data.resolve("no-seeds").toString(),
        "--host", ServerProcess.HOST, "--port", Integer.toString(port)));
    return new ServerProcess(ChildProcess.start("Gazette server", command, log), port);
  }
}

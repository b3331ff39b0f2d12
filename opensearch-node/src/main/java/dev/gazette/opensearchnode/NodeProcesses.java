package dev.gazette.opensearchnode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts and stops the node JVMs of a local cluster. Each node runs {@link OpenSearchNode} with the
 * jars the build resolved for this module, in a session of its own ({@code setsid}, where there is
 * one) with its output in its {@code node.log}, so it outlives the command that started it and a
 * closed terminal.
 */
final class NodeProcesses {
  /** How long a node may take to stop after SIGTERM before it is killed. */
  static final int STOP_SECONDS = 30;
  /** The main class of a node, {@link OpenSearchNode}, by name: this JVM never loads OpenSearch's classes. */
  private static final String NODE_MAIN = "dev.gazette.opensearchnode.OpenSearchNode";
  private static final List<String> SETSID = List.of("/usr/bin/setsid", "/bin/setsid");

  private final String classpath;

  /** Nodes run from {@code classpath}, OpenSearch's jars and this module's classes. */
  NodeProcesses(String classpath) {
    this.classpath = classpath;
  }

  /**
   * The class path of the node, from the module's build folder {@code target}; fails in words
   * when the module was not built.
   */
  static NodeProcesses fromBuild(Path target) throws IOException {
    Path classpathFile = target.resolve("classpath.txt");
    Path classes = target.resolve("classes");
    if (!Files.exists(classpathFile) || !Files.isDirectory(classes)) {
      throw new IOException("the OpenSearch node is not built in " + target
          + " (./gazette opensearch start builds it with ./mvnw -Popensearch-node)");
    }
    return new NodeProcesses(Files.readString(classpathFile).strip() + File.pathSeparator + classes);
  }

  /** Starts node {@code i} of {@code layout} with its home in {@code folder}, each node with {@code heap}. */
  Process start(ClusterFolder folder, ClusterLayout layout, int i, String heap) throws IOException {
    Path home = Files.createDirectories(folder.nodeHome(i));
    Files.deleteIfExists(home.resolve("logs").resolve("http.ports"));
    List<String> command = new ArrayList<>();
    SETSID.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst().ifPresent(command::add);
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        ClusterFolder.HOME_OPTION + home, "-Xms" + heap, "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "--enable-native-access=ALL-UNNAMED", "-Dlog4j2.formatMsgNoLookups=true",
        "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")),
        "-cp", classpath, NODE_MAIN));
    command.addAll(layout.nodeArguments(i, home.toString()));
    return new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("node.log").toFile()))
        .start();
  }

  /** Stops {@code process}: SIGTERM, then SIGKILL when it is still there after {@link #STOP_SECONDS}. */
  static void stop(ProcessHandle process) throws InterruptedException {
    process.destroy();
    try {
      process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException stillThere) {
      process.destroyForcibly();
      process.onExit().completeOnTimeout(process, 10, TimeUnit.SECONDS).join();
    }
  }
}

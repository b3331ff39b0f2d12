package dev.gazette.opensearchnode;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The folder of a local cluster started by {@link LocalCluster}: {@code cluster.properties} (how many
 * nodes, which ports), and one folder per node holding its data, its log ({@code node.log}) and,
 * while it runs, its process id ({@code pid}). The data stays when the cluster stops, so the next
 * start finds its indexes again.
 */
final class ClusterFolder {
  /**
   * The JVM option that names a node's home, first on its command line (which the JDK reads only as
   * far as its first 4 KB): it tells a node of this folder from another program reusing its id.
   */
  static final String HOME_OPTION = "-Dgazette.opensearch.home=";
  private static final String SETTINGS = "cluster.properties";
  /** A Java class name that an error's message begins with ({@code java.lang.OutOfMemoryError: }). */
  private static final Pattern THROWN = Pattern.compile("(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):?\\s*");

  private final Path dir;

  ClusterFolder(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** The folder itself. */
  Path dir() {
    return dir;
  }

  /** The home folder of node {@code i} (0-based): {@code node-1}, {@code node-2}, … */
  Path nodeHome(int i) {
    return dir.resolve(nodeName(i));
  }

  /** The name of node {@code i} (0-based), as the cluster knows it. */
  static String nodeName(int i) {
    return "node-" + (i + 1);
  }

  /** The layout recorded by the last start, or empty when the folder never held a cluster. */
  Optional<ClusterLayout> layout() throws IOException {
    Path file = dir.resolve(SETTINGS);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties settings = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      settings.load(in);
    }
    try {
      return Optional.of(new ClusterLayout(Integer.parseInt(settings.getProperty("nodes")),
          Integer.parseInt(settings.getProperty("httpPort")), Integer.parseInt(settings.getProperty("transportPort"))));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException(file + " is not a cluster description written by ./gazette opensearch start");
    }
  }

  /** Records {@code layout}, creating the folder. */
  void record(ClusterLayout layout) throws IOException {
    Files.createDirectories(dir);
    Properties settings = new Properties();
    settings.setProperty("nodes", Integer.toString(layout.nodes()));
    settings.setProperty("httpPort", Integer.toString(layout.httpPort()));
    settings.setProperty("transportPort", Integer.toString(layout.transportPort()));
    try (Writer out = Files.newBufferedWriter(dir.resolve(SETTINGS))) {
      settings.store(out, "written by ./gazette opensearch start");
    }
  }

  /** Records that node {@code i} runs as {@code process}. */
  void recordPid(int i, ProcessHandle process) throws IOException {
    Files.writeString(nodeHome(i).resolve("pid"), process.pid() + "\n");
  }

  /** Forgets the process of node {@code i}. */
  void forgetPid(int i) throws IOException {
    Files.deleteIfExists(nodeHome(i).resolve("pid"));
  }

  /**
   * The node processes of this folder still running, among the first {@code nodes}: a recorded id
   * counts only while its process is a node of this folder, never another program that got the id.
   */
  List<RunningNode> running(int nodes) throws IOException {
    List<RunningNode> running = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      Path home = nodeHome(i);
      int index = i;
      recordedProcess(home).filter(p -> p.isAlive() && isNodeOf(p, home))
          .ifPresent(process -> running.add(new RunningNode(index, process)));
    }
    return running;
  }

  private static Optional<ProcessHandle> recordedProcess(Path home) throws IOException {
    Path pidFile = home.resolve("pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    String pid = Files.readString(pidFile).strip();
    return pid.matches("[0-9]{1,18}") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
  }

  private static boolean isNodeOf(ProcessHandle process, Path home) {
    return process.info().commandLine().orElse("").contains(HOME_OPTION + home + " ");
  }

  /**
   * Why node {@code i} stopped, in words: the last line of its log that is not part of a stack
   * trace, without Java's class names ("Java heap space", "Address already in use").
   */
  String failure(int i) {
    Path log = nodeHome(i).resolve("node.log");
    List<String> lines;
    try {
      lines = Files.readAllLines(log);
    } catch (IOException e) {
      return "it left no log at " + log;
    }
    String last = lines.stream().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
        .reduce((first, second) -> second).orElse("");
    String reason = THROWN.matcher(last.replace("Exception in thread \"main\" ", "")).replaceAll("").strip();
    if (last.contains("OutOfMemoryError")) {
      reason = "out of memory (" + reason + "): give it more with --heap";
    }
    return (reason.isEmpty() ? "no reason given" : reason) + "; its log is " + log;
  }

  /**
   * One node process of the folder.
   *
   * @param index the node's number, 0-based
   * @param process its process
   */
  record RunningNode(int index, ProcessHandle process) {}
}

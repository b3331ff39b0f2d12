package dev.gazette.opensearchnode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./gazette opensearch start|stop|status}: an OpenSearch cluster on this machine to try
 * Gazette's OpenSearch backend with, started from the Maven Central jars the tests use. This JVM
 * only starts, watches and stops the node JVMs (it loads none of OpenSearch's classes); the nodes
 * run on in the background, their ids, data and logs in the cluster's folder ({@link ClusterFolder}).
 *
 * <p>System properties: {@code gazette.opensearch.node}, this module's build folder (its class path
 * file and classes); {@code gazette.opensearch.dir}, the folder used without {@code --dir}.
 */
public final class LocalCluster {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int NOT_RUNNING = 3;

  private final LocalClusterOptions options;
  private final ClusterFolder folder;
  private final PrintStream out;
  private final PrintStream err;

  private LocalCluster(LocalClusterOptions options, PrintStream out, PrintStream err) {
    this.options = options;
    this.folder = new ClusterFolder(options.dir());
    this.out = out;
    this.err = err;
  }

  /** Runs the action of {@code args} and exits with its code. */
  public static void main(String[] args) throws InterruptedException {
    System.exit(run(Arrays.asList(args), System.out, System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(LocalClusterOptions.USAGE);
      return OK;
    }
    LocalClusterOptions options;
    try {
      options = LocalClusterOptions.parse(args,
          Path.of(System.getProperty("gazette.opensearch.dir", "data/opensearch")));
    } catch (LocalClusterOptions.UsageException e) {
      err.println("gazette opensearch: " + e.getMessage());
      err.println("Run ./gazette opensearch --help for the options.");
      return USAGE;
    }
    LocalCluster cluster = new LocalCluster(options, out, err);
    try {
      return switch (options.action()) {
        case "start" -> cluster.start();
        case "stop" -> cluster.stop();
        default -> cluster.status();
      };
    } catch (FileSystemException e) {
      err.println("gazette opensearch " + options.action() + ": cannot use " + e.getFile()
          + (e.getReason() == null ? " (no permission, or not a folder)" : ": " + e.getReason()));
      return FAILED;
    } catch (IOException e) {
      err.println("gazette opensearch " + options.action() + ": " + e.getMessage());
      return FAILED;
    }
  }

  private int start() throws IOException, InterruptedException {
    Optional<ClusterLayout> recorded = folder.layout();
    if (recorded.isPresent() && !folder.running(recorded.get().nodes()).isEmpty()) {
      err.println("The OpenSearch cluster in " + folder.dir() + " is already running at " + recorded.get().urlList()
          + " (./gazette opensearch stop stops it).");
      return FAILED;
    }
    ClusterLayout layout = options.layout(recorded.orElse(null));
    if (recorded.isPresent() && recorded.get().nodes() != layout.nodes()) {
      err.println(folder.dir() + " holds a cluster of " + recorded.get().nodes() + " node(s): start it with --nodes "
          + recorded.get().nodes() + ", or choose another --dir (or delete that folder) for " + layout.nodes() + ".");
      return FAILED;
    }
    Optional<Integer> busy = layout.ports().stream().filter(port -> !isFree(port)).findFirst();
    if (busy.isPresent()) {
      err.println("Port " + busy.get() + " on 127.0.0.1 is busy (another OpenSearch or Elasticsearch?): choose "
          + "other ports with --port (the cluster needs " + layout.httpPort() + "-" + (layout.httpPort() + layout.nodes() - 1)
          + " for HTTP and " + layout.transportPort() + "-" + (layout.transportPort() + layout.nodes() - 1)
          + " between nodes).");
      return FAILED;
    }
    NodeProcesses nodes = NodeProcesses.fromBuild(Path.of(System.getProperty("gazette.opensearch.node", "target")));
    folder.record(layout);
    err.printf("Starting %d OpenSearch 3.9.0 node(s) in %s (logs in %s/node-*/node.log)...%n",
        layout.nodes(), folder.dir(), folder.dir());
    long started = System.nanoTime();
    List<Process> launched = new ArrayList<>();
    for (int i = 0; i < layout.nodes(); i++) {
      Process node = nodes.start(folder, layout, i, options.heap());
      launched.add(node);
      folder.recordPid(i, node.toHandle());
    }
    String failure = awaitGreen(layout, launched, started + options.timeoutSeconds() * 1_000_000_000L);
    if (failure != null) {
      err.println(failure);
      stopAll(launched.stream().map(Process::toHandle).toList());
      for (int i = 0; i < layout.nodes(); i++) {
        folder.forgetPid(i);
      }
      return FAILED;
    }
    err.printf("Green in %d s. Use it with: ./gazette reindex --backend opensearch --url %s%n",
        (System.nanoTime() - started) / 1_000_000_000L, layout.urlList());
    out.println(layout.urlList());
    return OK;
  }

  /** Waits for green; the reason it did not come, or {@code null} when it did. */
  private String awaitGreen(ClusterLayout layout, List<Process> launched, long deadline) throws InterruptedException {
    URI first = layout.urls().get(0);
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < launched.size(); i++) {
        if (!launched.get(i).isAlive()) {
          return ClusterFolder.nodeName(i) + " stopped while starting: " + folder.failure(i)
              + (launched.size() > 1 ? ". Stopping the others." : ".");
        }
      }
      if (ClusterHealth.of(first, layout.nodes()).filter(health -> health.isGreenWith(layout.nodes())).isPresent()) {
        return null;
      }
      Thread.sleep(500);
    }
    return "The cluster was not green within " + options.timeoutSeconds() + " s (a busy machine? try --timeout); see "
        + folder.dir() + "/node-*/node.log. Stopping it.";
  }

  private int stop() throws IOException, InterruptedException {
    Optional<ClusterLayout> recorded = folder.layout();
    List<ClusterFolder.RunningNode> running = recorded.isEmpty() ? List.of() : folder.running(recorded.get().nodes());
    if (running.isEmpty()) {
      err.println("No OpenSearch cluster is running in " + folder.dir() + "; nothing to stop.");
      return NOT_RUNNING;
    }
    stopAll(running.stream().map(ClusterFolder.RunningNode::process).toList());
    for (int i = 0; i < recorded.get().nodes(); i++) {
      folder.forgetPid(i);
    }
    out.printf("Stopped %d OpenSearch node(s); their data stays in %s for the next start (delete it to start afresh).%n",
        running.size(), folder.dir());
    return OK;
  }

  private int status() throws IOException, InterruptedException {
    Optional<ClusterLayout> recorded = folder.layout();
    if (recorded.isEmpty()) {
      out.println("stopped: no OpenSearch cluster was ever started in " + folder.dir() + " (./gazette opensearch start)");
      return NOT_RUNNING;
    }
    ClusterLayout layout = recorded.get();
    List<ClusterFolder.RunningNode> running = folder.running(layout.nodes());
    if (running.isEmpty()) {
      out.println("stopped: the OpenSearch cluster in " + folder.dir() + " is not running (./gazette opensearch start)");
      return NOT_RUNNING;
    }
    URI url = layout.urls().get(running.get(0).index());
    Optional<ClusterHealth> health = ClusterHealth.of(url, layout.nodes());
    out.println(health.map(h -> "running: " + h.status() + ", " + h.nodes() + " of " + layout.nodes() + " node(s) at "
            + layout.urlList() + " (" + folder.dir() + ")")
        .orElse("running: " + running.size() + " of " + layout.nodes() + " node process(es), but " + url
            + " does not answer yet (starting? see " + folder.dir() + "/node-*/node.log)"));
    return OK;
  }

  private static void stopAll(List<ProcessHandle> processes) throws InterruptedException {
    processes.forEach(ProcessHandle::destroy);
    for (ProcessHandle process : processes) {
      NodeProcesses.stop(process);
    }
  }

  /** True when a server can listen on {@code port}: bound as the nodes bind, so connections just closed do not count. */
  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException busy) {
      return false;
    }
  }
}

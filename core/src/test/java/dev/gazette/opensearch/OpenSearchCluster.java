package dev.gazette.opensearch;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real three-node OpenSearch 3.9.0 cluster on loopback for the tests, each node a JVM of its own
 * started from the jars the {@code opensearch-node} module resolved. One cluster serves every test
 * of a run (it takes ~20 s to start); a shutdown hook kills the nodes and deletes their folders, so
 * nothing outlives the run.
 */
public final class OpenSearchCluster {
  /** Nodes in the cluster. */
  public static final int NODES = 3;
  private static final List<String> NODE_JVM = List.of("-Xms256m", "-Xmx384m", "-XX:+UseSerialGC",
      "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-Dlog4j2.formatMsgNoLookups=true",
      "-Dlog4j2.level=WARN");
  private static final int LOG_LINES_DESCRIBED = 40;
  private static final Duration START_LIMIT = Duration.ofMinutes(3);
  private static OpenSearchCluster shared;

  private final Path home;
  private final List<List<String>> commands = new ArrayList<>();
  private final List<Process> nodes = new ArrayList<>();
  private final List<URI> urls = new ArrayList<>();
  private final long startMillis;

  private OpenSearchCluster(Path home, String classpath) throws IOException, InterruptedException {
    this.home = home;
    long started = System.nanoTime();
    List<Integer> transport = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      transport.add(freePort());
    }
    String seeds = String.join(",", transport.stream().map(p -> "127.0.0.1:" + p).toList());
    String managers = String.join(",", IntStream.range(0, NODES).mapToObj(OpenSearchCluster::name).toList());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int i = 0; i < NODES; i++) {
      Path nodeHome = Files.createDirectories(home.resolve(name(i)));
      List<String> command = new ArrayList<>(List.of(java));
      command.addAll(NODE_JVM);
      command.addAll(List.of("-Djava.io.tmpdir=" + Files.createDirectories(nodeHome.resolve("tmp")), "-cp", classpath,
          "dev.gazette.opensearchnode.OpenSearchNode", nodeHome.toString(), "0", name(i),
          Integer.toString(transport.get(i)), seeds, managers));
      commands.add(command);
      nodes.add(launch(i));
    }
    for (int i = 0; i < NODES; i++) {
      urls.add(URI.create("http://127.0.0.1:" + httpPort(home.resolve(name(i)), i)));
    }
    awaitGreen(urls.get(0));
    this.startMillis = (System.nanoTime() - started) / 1_000_000;
  }

  /**
   * The cluster of this test run, started on first use; skips the calling test (with the reason)
   * when the node launcher was not built, as outside Maven.
   */
  public static synchronized OpenSearchCluster shared() {
    if (shared == null) {
      String target = System.getProperty("gazette.opensearch.node");
      Path classpathFile = target == null ? null : Path.of(target, "classpath.txt");
      Assumptions.assumeTrue(classpathFile != null && Files.exists(classpathFile),
          "the OpenSearch node launcher is not built (run the tests through Maven); skipping the cluster tests");
      try {
        Path home = Files.createTempDirectory("gazette-opensearch-");
        String classpath = Files.readString(classpathFile).strip() + File.pathSeparator + Path.of(target, "classes");
        Runtime.getRuntime().addShutdownHook(new Thread(OpenSearchCluster::stopShared, "opensearch-cluster-stop"));
        shared = new OpenSearchCluster(home, classpath);
        System.err.printf("OpenSearch cluster of %d nodes green in %d ms: %s%n", NODES, shared.startMillis, shared.urls);
      } catch (IOException e) {
        throw new IllegalStateException("could not start the OpenSearch cluster: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting the OpenSearch cluster", e);
      }
    }
    return shared;
  }

  /** The HTTP addresses of the nodes still running. */
  public synchronized List<URI> urls() {
    return IntStream.range(0, NODES).filter(i -> nodes.get(i).isAlive()).mapToObj(urls::get).toList();
  }

  /** How long the cluster took from the first node's launch to green, in milliseconds. */
  public long startMillis() {
    return startMillis;
  }

  /** Kills node {@code i} at once (SIGKILL), as a crash would. */
  public synchronized void kill(int i) throws InterruptedException {
    nodes.get(i).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** Starts the killed node {@code i} again on its data and waits until the cluster is green. */
  public synchronized void restart(int i) throws IOException, InterruptedException {
    Path nodeHome = home.resolve(name(i));
    Files.deleteIfExists(nodeHome.resolve("logs").resolve("http.ports"));
    nodes.set(i, launch(i));
    urls.set(i, URI.create("http://127.0.0.1:" + httpPort(nodeHome, i)));
    awaitGreen(urls.get(i));
  }

  /**
   * What the nodes still running say of the cluster (its health, nodes and shards) and the end of
   * each node's log (warnings and errors), for the message of a failed test: the logs are deleted
   * with the cluster.
   */
  public String describe() {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    StringBuilder out = new StringBuilder();
    for (URI node : urls()) {
      for (String path : List.of("/_cluster/health", "/_cat/nodes?v&h=name,master,heap.percent,cpu",
          "/_cat/shards?v&h=index,shard,prirep,state,node,unassigned.reason", "/_cat/pending_tasks?v")) {
        out.append('\n').append(node).append(path).append(":\n");
        try {
          out.append(http.send(HttpRequest.newBuilder(node.resolve(path)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
          out.append(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return out.append(" (interrupted)").toString();
        }
      }
    }
    for (int i = 0; i < NODES; i++) {
      Path log = home.resolve(name(i)).resolve("node.log");
      out.append('\n').append(name(i)).append(nodes.get(i).isAlive() ? "" : " (stopped)").append(", the end of its log:\n");
      try {
        List<String> lines = Files.readAllLines(log);
        lines.subList(Math.max(0, lines.size() - LOG_LINES_DESCRIBED), lines.size()).forEach(l -> out.append(l).append('\n'));
      } catch (IOException e) {
        out.append(e);
      }
    }
    return out.toString();
  }

  private Process launch(int i) throws IOException {
    return new ProcessBuilder(commands.get(i)).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve(name(i)).resolve("node.log").toFile())).start();
  }

  private static synchronized void stopShared() {
    if (shared != null) {
      shared.stop();
    }
  }

  /** Stops every node (SIGTERM, then SIGKILL after 20 s) and deletes the cluster's folders. */
  private void stop() {
    nodes.forEach(Process::destroy);
    for (Process node : nodes) {
      try {
        if (!node.waitFor(20, TimeUnit.SECONDS)) {
          node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        node.destroyForcibly();
      }
    }
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      System.err.println("could not delete " + home + ": " + e.getMessage());
    }
  }

  private static String name(int i) {
    return "node-" + (i + 1);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private int httpPort(Path nodeHome, int i) throws IOException, InterruptedException {
    Path ports = nodeHome.resolve("logs").resolve("http.ports");
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (!Files.exists(ports) || Files.readString(ports).isBlank()) {
      if (!nodes.get(i).isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException(name(i) + " did not start; see " + nodeHome.resolve("node.log"));
      }
      Thread.sleep(200);
    }
    String first = Files.readAllLines(ports).get(0).strip();
    return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
  }

  private static void awaitGreen(URI node) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest health = HttpRequest.newBuilder(
        node.resolve("/_cluster/health?wait_for_nodes=" + NODES + "&wait_for_status=green&timeout=1s")).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the OpenSearch cluster was not green within " + START_LIMIT);
  }
}

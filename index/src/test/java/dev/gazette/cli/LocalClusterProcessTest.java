package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./gazette opensearch start|status|stop} as a user runs it, through the launcher script: one
 * node with a small heap on free ports, green; the seeds reindexed into it and searched with the
 * command-line tool; refusals in words when it already runs, when its port is taken, when a node
 * cannot start and when there is nothing to stop; the node gone after stop.
 */
class LocalClusterProcessTest {
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

  @TempDir Path dir;
  private Path cluster;

  @AfterEach
  void stopWhatIsLeft() {
    if (cluster != null) {
      launcher("stop", "--dir", cluster);
    }
  }

  @Test
  void startReindexSearchStop() throws IOException {
    assumeNodeBuilt();
    cluster = dir.resolve("cluster");
    int port = freePortPair();
    String url = "http://127.0.0.1:" + port;

    Cli.Run started = launcher("start", "--nodes", 1, "--heap", "256m", "--port", port, "--dir", cluster);
    assertEquals(0, started.exitCode(), started.toString());
    assertEquals(url + "\n", started.out(), started.toString());
    assertTrue(started.err().contains("Green in "), started.toString());
    long pid = Long.parseLong(Files.readString(cluster.resolve("node-1").resolve("pid")).strip());

    Cli.Run status = launcher("status", "--dir", cluster);
    assertEquals(0, status.exitCode(), status.toString());
    assertTrue(status.out().startsWith("running: green, 1 of 1 node(s) at " + url), status.toString());

    Cli.Run again = launcher("start", "--dir", cluster);
    assertEquals(1, again.exitCode(), again.toString());
    assertTrue(again.err().contains("already running at " + url), again.toString());
    Cli.Run busy = launcher("start", "--nodes", 1, "--port", port, "--dir", dir.resolve("other"));
    assertEquals(1, busy.exitCode(), busy.toString());
    assertTrue(busy.err().contains("Port " + port + " on 127.0.0.1 is busy"), busy.toString());

    Cli.Run reindexed = Cli.runProcess("reindex", Cli.seeds(), "--backend", "opensearch", "--url", url,
        "--data", dir.resolve("data"));
    assertEquals(0, reindexed.exitCode(), reindexed.toString());
    Cli.Run found = Cli.runProcess("search", "north", "korea", "--backend", "opensearch", "--url", url,
        "--data", dir.resolve("data"), "--json");
    assertEquals(0, found.exitCode(), found.toString());
    assertTrue(found.out().contains("0388dada9763fdad"), found.toString());

    Cli.Run stopped = launcher("stop", "--dir", cluster);
    assertEquals(0, stopped.exitCode(), stopped.toString());
    assertTrue(stopped.out().startsWith("Stopped 1 OpenSearch node(s)"), stopped.toString());
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the node process is gone");
    assertTrue(Files.isDirectory(cluster.resolve("node-1").resolve("data")), "the data stays");
    Cli.Run after = launcher("status", "--dir", cluster);
    assertEquals(3, after.exitCode(), after.toString());
    assertTrue(after.out().startsWith("stopped:"), after.toString());
    Cli.Run nothing = launcher("stop", "--dir", cluster);
    assertEquals(3, nothing.exitCode(), nothing.toString());
    assertTrue(nothing.err().contains("nothing to stop"), nothing.toString());
    cluster = null;
  }

  @Test
  void aNodeThatCannotStartIsSaidInWords() {
    assumeNodeBuilt();
    Path starved = dir.resolve("starved");
    Cli.Run run = launcher("start", "--nodes", 1, "--heap", "8m", "--port", freePortPair(), "--dir", starved);
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().contains("node-1 stopped while starting: out of memory (Java heap space): give it more with "
        + "--heap; its log is " + starved.resolve("node-1").resolve("node.log")), run.toString());
    assertFalse(run.err().contains("java.") || run.err().contains("\tat "), run.toString());
    assertFalse(Files.exists(starved.resolve("node-1").resolve("pid")), "no pid of a node that is not running");
  }

  @Test
  void badUsageIsSaidInWords() {
    Path unused = dir.resolve("unused");
    for (Object[] args : List.of(new Object[] {"begin"}, new Object[] {"start", "--nodes", 0},
        new Object[] {"start", "--heap", "lots"}, new Object[] {"start", "--port", "80"},
        new Object[] {"stop", "--nodes", 3}, new Object[] {"status", "--dir"})) {
      List<Object> withDir = new ArrayList<>(List.of(args));
      if (!withDir.contains("--dir")) {
        withDir.addAll(List.of("--dir", unused));
      }
      Cli.Run run = launcher(withDir.toArray());
      assertEquals(2, run.exitCode(), run.toString());
      assertTrue(run.err().startsWith("gazette opensearch: "), run.toString());
      assertFalse(run.err().contains("Exception"), run.toString());
    }
    assertFalse(Files.exists(unused), "nothing was started");
    Cli.Run status = launcher("status", "--dir", unused);
    assertEquals(3, status.exitCode(), status.toString());
  }

  private static void assumeNodeBuilt() {
    String nodeTarget = System.getProperty("gazette.opensearch.node");
    assumeTrue(nodeTarget != null && Files.exists(Path.of(nodeTarget, "classpath.txt")),
        "the OpenSearch node launcher is not built (run the tests through Maven); skipping");
  }

  /** Runs {@code ./gazette opensearch args...} and waits for it. */
  private static Cli.Run launcher(Object... args) {
    List<String> command = new ArrayList<>(List.of("bash", REPOSITORY.resolve("gazette").toString(), "opensearch"));
    Stream.of(args).map(String::valueOf).forEach(command::add);
    return Cli.run(new ProcessBuilder(command));
  }

  /** A port free for a node's HTTP, with the one 100 above it free for its transport. */
  private static int freePortPair() {
    Random random = new Random();
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = 20_000 + random.nextInt(20_000);
      if (isFree(port) && isFree(port + 100)) {
        return port;
      }
    }
    throw new IllegalStateException("no free pair of ports found");
  }

  private static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException busy) {
      return false;
    }
  }
}

package dev.gazette.opensearchnode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The command line of {@link LocalCluster}: the action and its options, each checked. A number
 * left out is {@code null}, so that a start reuses what the folder recorded.
 *
 * @param action {@code start}, {@code stop} or {@code status}
 * @param dir the cluster's folder
 * @param nodes how many nodes, or {@code null}
 * @param port the first node's HTTP port, or {@code null}
 * @param heap each node's heap, as the JVM's {@code -Xmx} takes it
 * @param timeoutSeconds how long a start waits for the cluster to turn green
 */
record LocalClusterOptions(String action, Path dir, Integer nodes, Integer port, String heap, int timeoutSeconds) {
  /** The most nodes one machine is asked to run. */
  static final int MAX_NODES = 9;
  /** The first node's HTTP port when neither the command line nor the folder says. */
  static final int DEFAULT_PORT = 9200;
  /** How far above its HTTP port a node's transport port is. */
  static final int TRANSPORT_OFFSET = 100;
  static final String USAGE = """
      Usage: ./gazette opensearch start [--nodes N] [--dir DIR] [--port PORT] [--heap SIZE] [--timeout SECONDS]
             ./gazette opensearch stop [--dir DIR]
             ./gazette opensearch status [--dir DIR]

      Runs an OpenSearch 3.9.0 cluster on this machine (127.0.0.1) from Maven Central jars, each node a
      JVM of its own in the background, to try Gazette's OpenSearch backend (--backend opensearch --url URL).
        start    starts the nodes, waits until the cluster is green and prints the URL to pass as --url
        stop     stops the nodes (SIGTERM, then SIGKILL after 30 s); their data stays for the next start
        status   says whether the cluster runs, its health and its URL

        --nodes N        nodes, 1 to 9 (default: as the folder's last start, else 3)
        --dir DIR        the cluster's folder: data, logs (DIR/node-*/node.log) and pids (default: data/opensearch)
        --port PORT      HTTP port of the first node, the others following it; transport ports are 100 higher
                         (default: as the folder's last start, else 9200)
        --heap SIZE      heap of each node, as 384m or 1g (default: 384m)
        --timeout SECS   how long start waits for green (default: 180)

      Exit codes: 0 done, 1 could not (the message says why), 2 bad usage, 3 not running.""";
  private static final Pattern HEAP = Pattern.compile("[1-9][0-9]{0,5}[mMgG]");

  /** The options of {@code args}, with {@code defaultDir} when no {@code --dir} is given. */
  static LocalClusterOptions parse(List<String> args, Path defaultDir) {
    List<String> rest = new ArrayList<>(args);
    if (rest.isEmpty() || !List.of("start", "stop", "status").contains(rest.get(0))) {
      throw new UsageException(rest.isEmpty() ? "name an action: start, stop or status"
          : "unknown action '" + rest.get(0) + "': start, stop or status");
    }
    String action = rest.remove(0);
    Path dir = defaultDir;
    Integer nodes = null;
    Integer port = null;
    String heap = "384m";
    int timeout = 180;
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      if (rest.isEmpty()) {
        throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected '" + option + "'");
      }
      String value = rest.remove(0);
      switch (option) {
        case "--dir" -> dir = Path.of(value);
        case "--nodes" -> nodes = number(option, value, 1, MAX_NODES);
        case "--port" -> port = number(option, value, 1024, 65535 - TRANSPORT_OFFSET - MAX_NODES);
        case "--heap" -> heap = heap(value);
        case "--timeout" -> timeout = number(option, value, 1, 3600);
        default -> throw new UsageException("unknown option '" + option + "'");
      }
    }
    if (!action.equals("start") && (nodes != null || port != null)) {
      throw new UsageException(action + " takes only --dir");
    }
    return new LocalClusterOptions(action, dir.toAbsolutePath().normalize(), nodes, port, heap, timeout);
  }

  /** The layout to start: what the options say, else what the folder recorded, else the defaults. */
  ClusterLayout layout(ClusterLayout recorded) {
    int count = nodes != null ? nodes : recorded != null ? recorded.nodes() : 3;
    int http = port != null ? port : recorded != null ? recorded.httpPort() : DEFAULT_PORT;
    return new ClusterLayout(count, http, http + TRANSPORT_OFFSET);
  }

  private static int number(String option, String value, int min, int max) {
    int number = value.matches("[0-9]{1,5}") ? Integer.parseInt(value) : -1;
    if (number < min || number > max) {
      throw new UsageException(option + " takes a number from " + min + " to " + max + ", not '" + value + "'");
    }
    return number;
  }

  private static String heap(String value) {
    if (!HEAP.matcher(value).matches()) {
      throw new UsageException("--heap takes a size such as 384m or 1g, not '" + value + "'");
    }
    return value.toLowerCase(Locale.ROOT);
  }

  /** A command line that cannot be run, with the reason in words. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}

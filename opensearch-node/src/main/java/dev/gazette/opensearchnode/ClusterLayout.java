package dev.gazette.opensearchnode;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a local cluster is laid out on loopback: node {@code i} (0-based) answers HTTP on {@code
 * httpPort + i} and talks to the other nodes on {@code transportPort + i}.
 *
 * @param nodes how many nodes
 * @param httpPort the HTTP port of the first node
 * @param transportPort the transport port of the first node
 */
record ClusterLayout(int nodes, int httpPort, int transportPort) {
  /** The HTTP address of every node, the first first. */
  List<URI> urls() {
    return IntStream.range(0, nodes).mapToObj(i -> URI.create("http://127.0.0.1:" + (httpPort + i))).toList();
  }

  /** The addresses, comma-separated, as {@code --url} takes them. */
  String urlList() {
    return String.join(",", urls().stream().map(URI::toString).toList());
  }

  /** Every port the cluster listens on: the HTTP ports, then the transport ports. */
  List<Integer> ports() {
    return IntStream.concat(IntStream.range(httpPort, httpPort + nodes),
        IntStream.range(transportPort, transportPort + nodes)).boxed().toList();
  }

  /** The arguments of {@link OpenSearchNode#main} for node {@code i} whose home is {@code home}. */
  List<String> nodeArguments(int i, String home) {
    String http = Integer.toString(httpPort + i);
    if (nodes == 1) {
      return List.of(home, http);
    }
    String seeds = String.join(",",
        IntStream.range(0, nodes).mapToObj(n -> "127.0.0.1:" + (transportPort + n)).toList());
    String managers = String.join(",", IntStream.range(0, nodes).mapToObj(ClusterFolder::nodeName).toList());
    return List.of(home, http, ClusterFolder.nodeName(i), Integer.toString(transportPort + i), seeds, managers);
  }
}

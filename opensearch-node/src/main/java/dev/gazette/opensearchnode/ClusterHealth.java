package dev.gazette.opensearchnode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code GET /_cluster/health} of a node says: the cluster's colour and how many nodes it
 * has. Read with the JDK's HTTP client and two patterns, so the launcher needs no JSON library.
 *
 * @param status {@code green}, {@code yellow} or {@code red}
 * @param nodes the nodes in the cluster
 */
record ClusterHealth(String status, int nodes) {
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern NODES = Pattern.compile("\"number_of_nodes\"\\s*:\\s*(\\d+)");
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2)).build();

  /** True when the cluster is green with {@code wanted} nodes. */
  boolean isGreenWith(int wanted) {
    return "green".equals(status) && nodes == wanted;
  }

  /**
   * The health the node at {@code node} reports, waiting up to a second for {@code wanted} nodes
   * and green; empty when it does not answer (not started yet, or stopped).
   */
  static Optional<ClusterHealth> of(URI node, int wanted) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(node.resolve(
        "/_cluster/health?wait_for_nodes=" + wanted + "&wait_for_status=green&timeout=1s"))
        .timeout(Duration.ofSeconds(5)).build();
    try {
      String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
      Matcher status = STATUS.matcher(body);
      Matcher nodes = NODES.matcher(body);
      return status.find() && nodes.find()
          ? Optional.of(new ClusterHealth(status.group(1), Integer.parseInt(nodes.group(1))))
          : Optional.empty();
    } catch (IOException notAnswering) {
      return Optional.empty();
    }
  }
}

package dev.gazette;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where {@link Gazette#connect} finds its index on an OpenSearch cluster.
 *
 * @param nodes HTTP addresses of one or more nodes; requests go to the first that answers
 * @param index the alias searches and writes go through; a reindex builds a new index behind it
 * @param username for HTTP basic authentication, or {@code null}
 * @param password for HTTP basic authentication, or {@code null}
 * @param shards primary shards of a new index
 * @param replicas copies of each shard a new index keeps on other nodes
 */
public record OpenSearchTarget(List<URI> nodes, String index, String username, String password, int shards,
    int replicas) {
  /** The alias used when none is named. */
  public static final String DEFAULT_INDEX = "gazette";
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,200}");

  /** Checks the addresses and names. */
  public OpenSearchTarget {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new InvalidRequestException("url", "name at least one OpenSearch node, as http://host:9200");
    }
    for (URI node : nodes) {
      if (node.getHost() == null || !("http".equals(node.getScheme()) || "https".equals(node.getScheme()))) {
        throw new InvalidRequestException("url", "'" + node + "' is not an http:// or https:// address of an OpenSearch node");
      }
    }
    if (index == null || !INDEX_NAME.matcher(index).matches()) {
      throw new InvalidRequestException("index", "an OpenSearch index name is lower-case letters, digits, - and _");
    }
    if ((username == null) != (password == null)) {
      throw new InvalidRequestException("username", "give both a user name and a password, or neither");
    }
    if (shards < 1 || replicas < 0) {
      throw new InvalidRequestException("shards", "an index needs at least one shard and no negative replicas");
    }
  }

  /** The alias {@code index} on the nodes at {@code urls} (comma-separated), 3 shards with one replica each. */
  public static OpenSearchTarget of(String urls, String index) {
    List<URI> nodes;
    try {
      nodes = Arrays.stream(urls.split(",")).map(String::strip).filter(u -> !u.isEmpty()).map(URI::create).toList();
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("url", "'" + urls + "' is not a list of node addresses: " + e.getMessage());
    }
    return new OpenSearchTarget(nodes, index, null, null, 3, 1);
  }

  /** This target with basic-authentication credentials. */
  public OpenSearchTarget withCredentials(String user, String pass) {
    return new OpenSearchTarget(nodes, index, user, pass, shards, replicas);
  }

  /** This target creating new indexes with {@code primaries} shards of {@code copies} replicas each. */
  public OpenSearchTarget withShards(int primaries, int copies) {
    return new OpenSearchTarget(nodes, index, username, password, primaries, copies);
  }

  /** The password never shows in logs. */
  @Override
  public String toString() {
    return "OpenSearchTarget[nodes=" + nodes + ", index=" + index + (username == null ? "" : ", user=" + username) + "]";
  }
}

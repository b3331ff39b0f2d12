package dev.gazette.opensearchnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * One OpenSearch 3.9.0 node started from Maven Central jars, without a distribution: tests,
 * benchmarks and {@code ./gazette opensearch} ({@link LocalCluster}) run this main in a JVM of its
 * own, so OpenSearch's Lucene, Netty and log4j never meet Gazette's. It stops cleanly on SIGTERM.
 *
 * <p>Arguments: {@code HOME HTTP_PORT [NODE_NAME TRANSPORT_PORT SEED_HOSTS MANAGER_NODES]}. With two
 * arguments it is a single-node cluster; otherwise it joins the nodes at {@code SEED_HOSTS}
 * (comma-separated {@code host:port}), electing a manager among {@code MANAGER_NODES}
 * (comma-separated node names). Ports may be 0 (any free port). The node writes {@code
 * HOME/logs/http.ports} once it answers.
 */
public final class OpenSearchNode extends Node {
  private OpenSearchNode(Environment environment, Collection<PluginInfo> plugins) {
    super(environment, plugins, true);
  }

  /** Starts the node and blocks until the JVM is told to stop. */
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    boolean clustered = args.length >= 6;
    String nodeName = clustered ? args[2] : "node";
    Files.createDirectories(home.resolve("config"));
    Files.createDirectories(home.resolve("logs"));
    Settings.Builder settings = Settings.builder()
        .put("cluster.name", "gazette")
        .put("node.name", nodeName)
        .put("path.home", home.toString())
        .put("path.data", home.resolve("data").toString())
        .put("path.logs", home.resolve("logs").toString())
        .put("network.host", "127.0.0.1")
        .put("http.port", args[1])
        .put("transport.port", clustered ? args[3] : "0")
        .put("http.type", "netty4")
        .put("transport.type", "netty4")
        .put("node.portsfile", true)
        .put("cluster.routing.allocation.disk.threshold_enabled", false);
    if (clustered) {
      settings.putList("discovery.seed_hosts", Arrays.asList(args[4].split(",")));
      settings.putList("cluster.initial_cluster_manager_nodes", Arrays.asList(args[5].split(",")));
    } else {
      settings.put("discovery.type", "single-node");
    }
    Environment environment = InternalSettingsPreparer.prepareEnvironment(
        settings.build(), Map.of(), home.resolve("config"), () -> nodeName);
    Node node = new OpenSearchNode(environment, List.of(
        plugin(Netty4ModulePlugin.class), plugin(CommonAnalysisModulePlugin.class)));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.close();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        stopped.countDown();
      }
    }, "opensearch-node-stop"));
    node.start();
    stopped.await();
  }

  private static PluginInfo plugin(Class<?> type) {
    return new PluginInfo(type.getName(), "classpath plugin", "NA", Version.CURRENT, "21", type.getName(), null,
        List.of(), false);
  }
}

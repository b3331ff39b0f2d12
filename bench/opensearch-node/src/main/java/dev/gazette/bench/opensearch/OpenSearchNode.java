package dev.gazette.bench.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * One single-node OpenSearch cluster started from Maven Central jars, without a distribution: the
 * benchmark harness runs this main in a JVM of its own, so OpenSearch's Lucene, Netty and log4j
 * never meet Gazette's. It stops cleanly on SIGTERM.
 *
 * <p>Arguments: {@code HOME HTTP_PORT}. The node writes {@code HOME/logs/http.ports} once it
 * answers.
 */
public final class OpenSearchNode extends Node {
  private OpenSearchNode(Environment environment, Collection<PluginInfo> plugins) {
    super(environment, plugins, true);
  }

  /** Starts the node and blocks until the JVM is told to stop. */
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    String httpPort = args[1];
    Files.createDirectories(home.resolve("config"));
    Files.createDirectories(home.resolve("logs"));
    Settings settings = Settings.builder()
        .put("cluster.name", "gazette-bench")
        .put("node.name", "bench-node")
        .put("path.home", home.toString())
        .put("path.data", home.resolve("data").toString())
        .put("path.logs", home.resolve("logs").toString())
        .put("network.host", "127.0.0.1")
        .put("http.port", httpPort)
        .put("transport.port", "0")
        .put("http.type", "netty4")
        .put("transport.type", "netty4")
        .put("discovery.type", "single-node")
        .put("node.portsfile", true)
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .build();
    Environment environment = InternalSettingsPreparer.prepareEnvironment(
        settings, Map.of(), home.resolve("config"), () -> "bench-node");
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

package dev.gazette.bench.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts one OpenSearch 3.9.0 node in a JVM of its own, from the Maven Central jars the {@code
 * opensearch-node} module resolved (its own Lucene, Netty and log4j, never on the harness's
 * class path), with G1 as OpenSearch's own {@code jvm.options} use.
 */
public final class OpenSearchNode {
  private OpenSearchNode() {}

  /** Starts a node whose home (data, logs) is {@code home}, with heap {@code heap}. */
  public static ServerProcess start(Path repository, Path home, String heap) throws IOException {
    Path module = repository.resolve("opensearch-node/target");
    Path classpath = module.resolve("classpath.txt");
    Path classes = module.resolve("classes");
    if (!Files.exists(classpath) || !Files.exists(classes)) {
      throw new IllegalStateException("the OpenSearch node is not built; run ./gazette bench (or ./mvnw -Pbench,opensearch-node -DskipTests package)");
    }
    int port = ChildProcess.freePort();
    List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-Xms" + heap, "-Xmx" + heap,
        "-XX:+UseG1GC", "-XX:G1ReservePercent=25", "-XX:InitiatingHeapOccupancyPercent=30",
        "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
        "-Dlog4j2.formatMsgNoLookups=true", "-Djava.io.tmpdir=" + Files.createDirectories(home.resolve("tmp")),
        "-cp", Files.readString(classpath).strip() + File.pathSeparator + classes,
        "dev.gazette.opensearchnode.OpenSearchNode", home.toString(), Integer.toString(port)));
    return new ServerProcess(ChildProcess.start("OpenSearch node", command, home.resolve("node.log")), port);
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.opensearch.OpenSearchCluster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scaling out never wipes the archive the servers share: {@code gazette reindex --backend opensearch}
 * into a real three-node cluster, then a new {@code gazette serve} with a new, empty data folder and
 * the default seeds, as processes; the served total, the alias and the cluster's own counts are
 * checked, and the index the alias left is kept. A few thousand Reuters articles keep it short in CI
 * (the full corpus is in docs/reliability.md).
 */
class SharedClusterProcessTest {
  private static final String ALIAS = "archive";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path temp;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void aNewServerWithTheSeedsServesTheClustersArchiveAndNeverReplacesIt() throws Exception {
    Path part = UserArchiveProcessTest.part(temp.resolve("reuters-part.jsonl"));
    OpenSearchCluster cluster = OpenSearchCluster.shared();
    String url = cluster.urls().stream().map(URI::toString).collect(Collectors.joining(","));
    Object[] backend = {"--backend", "opensearch", "--url", url, "--index", ALIAS};

    CliProcess.Run reindex = CliProcess.run(concat(new Object[] {"reindex", part, "--data", temp.resolve("cli")}, backend));
    assertEquals(0, reindex.exitCode(), reindex::toString);
    String built = holder(cluster);
    assertEquals(UserArchiveProcessTest.PART, count(cluster, built));

    for (String folder : new String[] {"new-server", "another-server"}) {
      try (ServerProcess server = ServerProcess.start(temp.resolve(folder), "--backend", "opensearch", "--url", url,
          "--index", ALIAS, "--embedder", "bundled")) {
        assertEquals(UserArchiveProcessTest.PART, UserArchiveProcessTest.total(server), server::output);
        Api.Response byWords = new Api(server.uri).get("/api/search?q=oil+prices");
        assertEquals("lexical", byWords.json().get("mode").getAsString(), "the cluster keeps no vectors: words");
        Api.Response byMeaning = new Api(server.uri).get("/api/search?q=oil+prices&mode=hybrid");
        assertEquals(501, byMeaning.status(), byMeaning.body());
        assertTrue(byMeaning.error().get("message").getAsString().contains("not available on the OpenSearch backend"),
            byMeaning.body());
        assertTrue(byMeaning.error().get("message").getAsString().contains("needs the embedded engine"), byMeaning.body());
        assertEquals(404, new Api(server.uri).get("/api/articles/" + TestServer.SEED_ID).status(), "no seed loaded");
        assertTrue(server.output().contains("built by gazette reindex " + part + ", not by the seeds"), server::output);
        UserArchiveProcessTest.stop(server);
      }
      assertEquals(built, holder(cluster), "the alias still points at the archive");
      assertEquals(UserArchiveProcessTest.PART, count(cluster, built));
    }

    JsonArray generations = UserArchiveProcessTest.generations(concat(new Object[] {"--data", temp.resolve("cli")}, backend));
    assertEquals(2, generations.size(), generations::toString);
    JsonObject first = generations.get(0).getAsJsonObject();
    JsonObject archive = generations.get(1).getAsJsonObject();
    assertEquals(ALIAS + "-g0", first.get("id").getAsString());
    assertEquals("gazette reindex " + part, archive.get("builtBy").getAsString());
    assertEquals(UserArchiveProcessTest.PART, archive.get("articles").getAsLong());
    assertTrue(archive.get("live").getAsBoolean());

    CliProcess.Run again = CliProcess.run(concat(new Object[] {"reindex", TestServer.SEEDS, "--data", temp.resolve("cli")}, backend));
    assertEquals(0, again.exitCode(), again::toString);
    assertEquals(UserArchiveProcessTest.PART, count(cluster, built), "the index the alias left is kept");
    CliProcess.Run back = CliProcess.run(concat(new Object[] {"generations", "--use", built, "--data", temp.resolve("cli")}, backend));
    assertEquals(0, back.exitCode(), back::toString);
    assertEquals(built, holder(cluster), "switched back to the archive");
  }

  /** The index the alias points at. */
  private static String holder(OpenSearchCluster cluster) throws IOException, InterruptedException {
    JsonObject aliases = JsonParser.parseString(get(cluster, "/_alias/" + ALIAS)).getAsJsonObject();
    assertEquals(1, aliases.size(), aliases::toString);
    return aliases.keySet().iterator().next();
  }

  private static long count(OpenSearchCluster cluster, String index) throws IOException, InterruptedException {
    return JsonParser.parseString(get(cluster, "/" + index + "/_count")).getAsJsonObject().get("count").getAsLong();
  }

  private static String get(OpenSearchCluster cluster, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(cluster.urls().get(0).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static Object[] concat(Object[] first, Object[] second) {
    Object[] all = new Object[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}

package dev.gazette.bench.hybrid;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.engine.GazetteHttp;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Samples;
import dev.gazette.bench.process.ChildProcess;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.process.ServerProcess;
import java.nio.file.Path;
import java.util.List;

/**
 * A server started with the bundled embedder on an index with vectors, with a heap cap and not a
 * fixed heap (so its resident memory is what it needs): the time to its first answer, one pass of
 * the default request over HTTP on one connection, and its resident memory after that pass, whole
 * and in its anonymous and file-backed parts.
 */
public final class ServedVectors {
  private ServedVectors() {}

  /**
   * What the server did.
   *
   * @param heap the {@code -Xmx} it ran with
   * @param readySeconds seconds from the process's start to its first 200 from {@code /ready}
   * @param latency the default request's latency over HTTP, in microseconds
   * @param hybridAnswers how many answers said {@code "mode": "hybrid"}
   * @param errors how many requests did not answer 200
   * @param embedded the articles with a vector, from {@code /api/stats}
   * @param rss the server's resident memory after the pass, in bytes
   * @param rssAnon the anonymous part of it (heap, stacks, the model, native allocations)
   * @param rssFile the file-backed part of it (mapped jars and index files: page cache the kernel can drop)
   */
  public record Result(String heap, double readySeconds, Latency latency, int hybridAnswers, int errors,
      long embedded, long rss, long rssAnon, long rssFile) {}

  /** Serves the data folder {@code data} with heap {@code heap} and searches it with {@code queries}. */
  public static Result measure(Path repository, Path data, String heap, List<BenchQuery> queries, Path log)
      throws Exception {
    try (ServerProcess server = GazetteServer.start(repository, data, heap, false, "bundled", log)) {
      double ready = server.awaitAnswer("/ready", 600) / 1e9;
      GazetteHttp http = new GazetteHttp(server.port());
      Samples samples = new Samples();
      int hybrid = 0;
      int errors = 0;
      try (HttpConnection connection = new HttpConnection(ServerProcess.HOST, server.port())) {
        for (BenchQuery query : queries) {
          long started = System.nanoTime();
          HttpConnection.Response response = connection.send(http.defaultRequest(query));
          samples.add(System.nanoTime() - started);
          if (response.status() != 200) {
            errors++;
          } else if ("hybrid".equals(JsonParser.parseString(response.text()).getAsJsonObject().get("mode").getAsString())) {
            hybrid++;
          }
        }
        JsonObject stats = JsonParser.parseString(connection.get("/api/stats").text()).getAsJsonObject();
        long embedded = stats.getAsJsonObject("embedding").get("embedded").getAsLong();
        ChildProcess process = server.process();
        return new Result(heap, ready, samples.latency(), hybrid, errors, embedded, process.rss(), process.rssAnon(),
            process.rssFile());
      } finally {
        http.close();
      }
    }
  }
}

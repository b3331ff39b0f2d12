package dev.gazette.bench.opensearch;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.process.ServerProcess;
import dev.gazette.Article;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.opensearch.OpenSearchDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The few administrative calls the benchmark makes to an OpenSearch node, over plain HTTP. */
public final class OpenSearchClient implements AutoCloseable {
  /** The name of the benchmark index. */
  public static final String INDEX = "bench";
  private final int port;
  private final HttpConnection connection;

  /** A client of the node on {@code port}. */
  public OpenSearchClient(int port) {
    this.port = port;
    this.connection = new HttpConnection(ServerProcess.HOST, port);
  }

  /** Deletes the benchmark index if it exists, then creates it with {@code definition}. */
  public void recreate(JsonObject definition) throws IOException {
    connection.send("DELETE", "/" + INDEX + "?ignore_unavailable=true", "");
    ok(connection.send("PUT", "/" + INDEX + "?wait_for_active_shards=1", definition.toString()), "create the index");
  }

  /** Whether the benchmark index exists. */
  public boolean exists() throws IOException {
    return connection.get("/" + INDEX + "/_count").status() == 200;
  }

  /** {@code corpus} as {@code _bulk} bodies of {@code size} articles each, made by core's own OpenSearch documents. */
  public static List<byte[]> batches(Corpus corpus, int size) {
    OpenSearchDocuments documents = new OpenSearchDocuments(MentionFinder.standard());
    List<byte[]> batches = new ArrayList<>();
    for (int from = 0; from < corpus.size(); from += size) {
      StringBuilder body = new StringBuilder();
      for (int i = from; i < Math.min(corpus.size(), from + size); i++) {
        Article article = corpus.article(i);
        JsonObject target = new JsonObject();
        target.addProperty("_index", INDEX);
        target.addProperty("_id", article.id());
        JsonObject action = new JsonObject();
        action.add("index", target);
        body.append(action).append('\n').append(documents.source(article)).append('\n');
      }
      batches.add(body.toString().getBytes(StandardCharsets.UTF_8));
    }
    return batches;
  }

  /** Sends one prepared {@code _bulk} body on {@code on}, failing on any item error. */
  public static void bulk(HttpConnection on, int port, byte[] ndjson) throws IOException {
    HttpConnection.Response response = on.send(HttpConnection.request("POST", "/_bulk", ServerProcess.HOST, port,
        "application/x-ndjson", ndjson));
    ok(response, "bulk index");
    if (response.text().contains("\"errors\":true")) {
      throw new IllegalStateException("bulk items failed: " + response.text().substring(0, Math.min(2000, response.text().length())));
    }
  }

  /** Makes everything indexed searchable and durable: refresh, then flush. */
  public void refreshAndFlush() throws IOException {
    ok(connection.send("POST", "/" + INDEX + "/_refresh", ""), "refresh");
    ok(connection.send("POST", "/" + INDEX + "/_flush", ""), "flush");
  }

  /** Deletes every index whose name starts with {@code prefix} (a Gazette backend's generations). */
  public void deleteStartingWith(String prefix) throws IOException {
    HttpConnection.Response indexes = connection.get("/_cat/indices/" + prefix + "*?format=json&h=index");
    ok(indexes, "list the indexes " + prefix + "*");
    for (var index : JsonParser.parseString(indexes.text()).getAsJsonArray()) {
      String name = index.getAsJsonObject().get("index").getAsString();
      ok(connection.send("DELETE", "/" + name, ""), "delete " + name);
    }
  }

  /** Merges the index to one segment and refreshes. */
  public void forceMerge() throws IOException {
    ok(connection.send("POST", "/" + INDEX + "/_forcemerge?max_num_segments=1", ""), "force merge");
    ok(connection.send("POST", "/" + INDEX + "/_refresh", ""), "refresh");
  }

  /** The number of documents in the benchmark index. */
  public long count() throws IOException {
    HttpConnection.Response response = connection.get("/" + INDEX + "/_count");
    ok(response, "count");
    return JsonParser.parseString(response.text()).getAsJsonObject().get("count").getAsLong();
  }

  /** The store size of the benchmark index in bytes. */
  public long sizeInBytes() throws IOException {
    HttpConnection.Response response = connection.get("/" + INDEX + "/_stats/store");
    ok(response, "index stats");
    return JsonParser.parseString(response.text()).getAsJsonObject().getAsJsonObject("_all")
        .getAsJsonObject("primaries").getAsJsonObject("store").get("size_in_bytes").getAsLong();
  }

  private static void ok(HttpConnection.Response response, String what) {
    if (response.status() / 100 != 2) {
      throw new IllegalStateException("OpenSearch could not " + what + ": HTTP " + response.status() + " "
          + response.text().substring(0, Math.min(2000, response.text().length())));
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}

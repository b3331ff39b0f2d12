package dev.gazette.bench.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.GazetteConfig;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.opensearch.OpenSearchMapping;
import dev.gazette.bench.opensearch.OpenSearchQueries;
import dev.gazette.bench.process.ServerProcess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An OpenSearch node searched over HTTP with {@code POST /bench/_search} and Gazette's query in its language. */
public final class OpenSearchHttp implements SearchEngine {
  private final int port;
  private final HttpConnection connection;
  private final OpenSearchQueries queries;

  /** Searches the node on {@code port}, on one keep-alive connection. */
  public OpenSearchHttp(int port, GazetteConfig config) {
    this.port = port;
    this.connection = new HttpConnection(ServerProcess.HOST, port);
    this.queries = new OpenSearchQueries(config);
  }

  @Override
  public String name() {
    return "OpenSearch";
  }

  /** The request bytes of {@code query} in {@code variant}. */
  public byte[] request(BenchQuery query, Variant variant) {
    return HttpConnection.request("POST", "/" + OpenSearchMapping.INDEX + "/_search", ServerProcess.HOST, port,
        "application/json", queries.search(query, variant).toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public PreparedSearch prepare(BenchQuery query, Variant variant) {
    return new HttpSearch(connection, request(query, variant), OpenSearchHttp::parse);
  }

  /** The total and hit ids of a search answer. */
  public static Answer parse(String json) {
    JsonObject hits = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("hits");
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : hits.getAsJsonArray("hits")) {
      ids.add(hit.getAsJsonObject().get("_id").getAsString());
    }
    return new Answer(hits.getAsJsonObject("total").get("value").getAsLong(), ids);
  }

  @Override
  public void close() {
    connection.close();
  }
}

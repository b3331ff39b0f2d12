package dev.gazette.bench.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.GazetteConfig;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.SearchRequest;
import dev.gazette.bench.lucene.ParsedQueries;
import dev.gazette.bench.opensearch.OpenSearchClient;
import dev.gazette.opensearch.OpenSearchQueries;
import dev.gazette.bench.process.ServerProcess;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An OpenSearch node searched over HTTP with {@code POST /bench/_search} and Gazette's query in its language. */
public final class OpenSearchHttp implements SearchEngine {
  private final int port;
  private final HttpConnection connection;
  private final OpenSearchQueries queries;
  private final ParsedQueries parser;

  /** Searches the node on {@code port}, on one keep-alive connection. */
  public OpenSearchHttp(int port, GazetteConfig config) {
    this.port = port;
    this.connection = new HttpConnection(ServerProcess.HOST, port);
    this.queries = new OpenSearchQueries(config);
    this.parser = new ParsedQueries(config);
  }

  @Override
  public String name() {
    return "OpenSearch";
  }

  /** The request bytes of {@code query} in {@code variant}: core's own translation of the same search request. */
  public byte[] request(BenchQuery query, Variant variant) {
    SearchRequest.Builder request = SearchRequest.builder().query(query.text()).operator(query.operator())
        .highlight(variant.highlight()).typoTolerance(false);
    if (variant.facets()) {
      request.facets(Variant.FACET_DIMENSIONS.toArray(String[]::new));
    }
    byte[] body = queries.search(parser.plan(request.build()), null).toString()
        .getBytes(StandardCharsets.UTF_8);
    return HttpConnection.request("POST", "/" + OpenSearchClient.INDEX + "/_search", ServerProcess.HOST, port,
        "application/json", body);
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
      if (ids.size() < 10) {
        ids.add(hit.getAsJsonObject().get("_id").getAsString());
      }
    }
    return new Answer(hits.getAsJsonObject("total").get("value").getAsLong(), ids);
  }

  @Override
  public void close() {
    connection.close();
  }
}

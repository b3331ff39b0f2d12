package dev.gazette.bench.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.http.HttpConnection;
import dev.gazette.bench.process.ServerProcess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Gazette server searched over HTTP: {@code GET /api/search} with the same request as in process. */
public final class GazetteHttp implements SearchEngine {
  private final int port;
  private final HttpConnection connection;

  /** Searches the server on {@code port}, on one keep-alive connection. */
  public GazetteHttp(int port) {
    this.port = port;
    this.connection = new HttpConnection(ServerProcess.HOST, port);
  }

  @Override
  public String name() {
    return "Gazette over HTTP";
  }

  /** The request target of {@code query} in {@code variant}. */
  public static String target(BenchQuery query, Variant variant) {
    StringBuilder target = new StringBuilder("/api/search?q=")
        .append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8))
        .append("&operator=").append(query.operator().name().toLowerCase(Locale.ROOT))
        .append("&size=10&profile=fast&highlight=").append(variant.highlight());
    if (variant.facets()) {
      target.append("&facets=").append(String.join(",", Variant.FACET_DIMENSIONS));
    }
    return target.toString();
  }

  /** The request bytes of the default request of {@code query}: no profile, top ten, the query's operator. */
  public byte[] defaultRequest(BenchQuery query) {
    String target = "/api/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)
        + "&operator=" + query.operator().name().toLowerCase(Locale.ROOT) + "&size=10";
    return HttpConnection.request("GET", target, ServerProcess.HOST, port, null, null);
  }

  /** The request bytes of {@code query} in {@code variant}. */
  public byte[] request(BenchQuery query, Variant variant) {
    return HttpConnection.request("GET", target(query, variant), ServerProcess.HOST, port, null, null);
  }

  @Override
  public PreparedSearch prepare(BenchQuery query, Variant variant) {
    return new HttpSearch(connection, request(query, variant), GazetteHttp::parse);
  }

  /** The total and hit ids of a search answer. */
  public static Answer parse(String json) {
    JsonObject object = JsonParser.parseString(json).getAsJsonObject();
    List<String> ids = new ArrayList<>();
    for (JsonElement hit : object.getAsJsonArray("hits")) {
      ids.add(hit.getAsJsonObject().get("id").getAsString());
    }
    return new Answer(object.get("total").getAsLong(), ids);
  }

  @Override
  public void close() {
    connection.close();
  }
}

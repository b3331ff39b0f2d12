package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gazette.GazetteException;
import dev.gazette.InvalidRequestException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's pacing against a stand-in cluster: a busy answer (429) is retried, bulk items refused
 * for now are sent again alone, a node that does not answer is left for the next, and an item
 * refused for good or a failed call fails in Gazette's words, never with the cluster's error text.
 */
class OpenSearchClientTest {
  private final List<String> bodies = new ArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void busyAnswersAndRefusedItemsAreSentAgainUntilAcknowledged() throws IOException {
    URI node = serve(body -> switch (bodies.size()) {
      case 1 -> new Answer(429, "{\"error\":\"too many requests\"}");
      case 2 -> new Answer(200, items(201, 429));
      default -> new Answer(200, items(201));
    });
    try (OpenSearchClient client = new OpenSearchClient(List.of(unreachable(), node), null, null)) {
      client.bulk(List.of(item("a"), item("b")));
    }
    assertEquals(3, bodies.size());
    assertTrue(bodies.get(1).contains("\"a\"") && bodies.get(1).contains("\"b\""));
    assertTrue(bodies.get(2).contains("\"b\"") && !bodies.get(2).contains("\"a\""), bodies.get(2));
  }

  @Test
  void anItemRefusedForGoodFailsTheCallInOurWords() throws IOException {
    URI node = serve(body -> new Answer(200, items(400)));
    try (OpenSearchClient client = new OpenSearchClient(List.of(node), null, null)) {
      GazetteException refused = assertThrows(GazetteException.class, () -> client.bulk(List.of(item("a"))));
      assertEquals("OpenSearch refused article a (HTTP 400); the details are in the server log", refused.getMessage());
    }
  }

  @Test
  void aFailedCallNeverCarriesTheClustersErrorText() throws IOException {
    URI node = serve(body -> new Answer(500, "{\"error\":{\"root_cause\":[{\"type\":\"illegal_state_exception\","
        + "\"index\":\"reuters-7\",\"index_uuid\":\"Xq9\"}],\"failed_shards\":[{\"shard\":2,\"node\":\"n0deId\"}]},"
        + "\"status\":500}"));
    try (OpenSearchClient client = new OpenSearchClient(List.of(node), null, null)) {
      GazetteException failed = assertThrows(GazetteException.class,
          () -> client.ok("POST", "/reuters-7/_search", new JsonObject(), "search"));
      assertEquals("OpenSearch could not search (HTTP 500); the details are in the server log", failed.getMessage());
    }
  }

  @Test
  void aQueryTheClusterFindsTooBigIsAnInvalidRequest() throws IOException {
    URI node = serve(body -> new Answer(400, "{\"error\":{\"root_cause\":[{\"type\":\"too_many_nested_clauses\","
        + "\"reason\":\"Query contains too many nested clauses; maxClauseCount is set to 1024\"}]},\"status\":400}"));
    try (OpenSearchClient client = new OpenSearchClient(List.of(node), null, null)) {
      InvalidRequestException refused = assertThrows(InvalidRequestException.class,
          () -> client.ok("POST", "/news/_search", new JsonObject(), "search"));
      assertEquals("q", refused.parameter());
      assertTrue(refused.getMessage().startsWith("the query searches too many terms"), refused.getMessage());
    }
  }

  /** A canned HTTP answer. */
  private record Answer(int status, String body) {}

  private URI serve(Function<String, Answer> answers) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", (HttpExchange exchange) -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Answer answer;
      synchronized (bodies) {
        bodies.add(body);
        answer = answers.apply(body);
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** An address where nothing listens. */
  private static URI unreachable() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }

  private static OpenSearchClient.BulkItem item(String id) {
    JsonObject target = new JsonObject();
    target.addProperty("_index", "news");
    target.addProperty("_id", id);
    JsonObject action = new JsonObject();
    action.add("index", target);
    JsonObject source = new JsonObject();
    source.addProperty("id", id);
    return new OpenSearchClient.BulkItem(action, source);
  }

  private static String items(int... statuses) {
    StringBuilder json = new StringBuilder("{\"errors\":true,\"items\":[");
    for (int i = 0; i < statuses.length; i++) {
      String error = statuses[i] / 100 == 2 ? "" : ",\"error\":{\"type\":\"" + (statuses[i] == 429
          ? "es_rejected_execution_exception" : "mapper_parsing_exception") + "\"}";
      json.append(i == 0 ? "" : ",").append("{\"index\":{\"_id\":\"").append((char) ('a' + i)).append("\",\"status\":")
          .append(statuses[i]).append(error).append("}}");
    }
    return json.append("]}").toString();
  }
}

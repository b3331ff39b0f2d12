package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import dev.gazette.Article;
import dev.gazette.GazetteException;
import dev.gazette.opensearch.OpenSearchClient.BulkItem;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Loading into OpenSearch against a stand-in cluster that answers slowly: requests of at most
 * {@value BulkLoad#REQUEST_SIZE} articles, {@value BulkLoad#IN_FLIGHT} of them in flight together
 * and never more, every article sent once in its last version, and a refused request failing the
 * load with nothing sent after it is known.
 */
class BulkLoadTest {
  private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void requestsGoSideBySideWithinTheLimitAndEachArticleOnceInItsLastVersion() throws IOException {
    URI node = serve(request -> 201);
    List<Article> articles = new ArrayList<>();
    articles.add(Article.of("twice", "first version", null, List.of("old")));
    for (int i = 0; i < 2_100; i++) {
      articles.add(Article.of("a" + i, "article " + i, null, List.of("text " + i)));
    }
    articles.add(Article.of("twice", "second version", null, List.of("new")));
    try (OpenSearchClient client = new OpenSearchClient(List.of(node), null, null)) {
      BulkLoad.send(client, articles, BulkLoadTest::item);
    }
    Map<String, List<String>> sent = new HashMap<>();
    for (String body : bodies) {
      List<String> lines = body.lines().toList();
      assertTrue(lines.size() / 2 <= BulkLoad.REQUEST_SIZE, lines.size() / 2 + " articles in one request");
      for (int i = 0; i < lines.size(); i += 2) {
        String id = JsonParser.parseString(lines.get(i)).getAsJsonObject().getAsJsonObject("index").get("_id").getAsString();
        sent.computeIfAbsent(id, key -> new ArrayList<>()).add(lines.get(i + 1));
      }
    }
    assertEquals(2_101, sent.size());
    assertTrue(sent.values().stream().allMatch(versions -> versions.size() == 1), "each article sent once");
    assertTrue(sent.get("twice").get(0).contains("second version"), sent.get("twice").toString());
    assertEquals(BulkLoad.IN_FLIGHT, mostInFlight.get(), "requests in flight together at most");
  }

  @Test
  void aRefusedRequestFailsTheLoadAndNothingIsSentOnceItIsKnown() throws IOException {
    URI node = serve(request -> request == 1 ? 400 : 201);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      articles.add(Article.of("a" + i, "article " + i, null, List.of("text")));
    }
    try (OpenSearchClient client = new OpenSearchClient(List.of(node), null, null)) {
      GazetteException refused = assertThrows(GazetteException.class, () -> BulkLoad.send(client, articles, BulkLoadTest::item));
      assertTrue(refused.getMessage().startsWith("OpenSearch refused article "), refused.getMessage());
    }
    assertTrue(bodies.size() < 5_000 / BulkLoad.REQUEST_SIZE, bodies.size() + " requests sent");
  }

  private static BulkItem item(Article article) {
    JsonObject target = new JsonObject();
    target.addProperty("_index", "news");
    target.addProperty("_id", article.id());
    JsonObject action = new JsonObject();
    action.add("index", target);
    JsonObject source = new JsonObject();
    source.addProperty("title", article.title());
    return new BulkItem(action, source);
  }

  /**
   * A node answering each bulk request after 200 ms, every item of the n-th request to arrive (from
   * 1) given the status {@code status} picks for n.
   */
  private URI serve(Function<Integer, Integer> status) throws IOException {
    AtomicInteger arrived = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      try {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bodies.add(body);
        int itemStatus = status.apply(arrived.incrementAndGet());
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        Thread.sleep(200);
        inFlight.decrementAndGet();
        JsonArray items = new JsonArray();
        for (String line : body.lines().toList()) {
          JsonObject action = JsonParser.parseString(line).getAsJsonObject();
          if (action.has("index")) {
            JsonObject result = new JsonObject();
            result.addProperty("_id", action.getAsJsonObject("index").get("_id").getAsString());
            result.addProperty("status", itemStatus);
            JsonObject item = new JsonObject();
            item.add("index", result);
            items.add(item);
          }
        }
        JsonObject answer = new JsonObject();
        answer.addProperty("errors", itemStatus != 201);
        answer.add("items", items);
        byte[] bytes = answer.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }
}

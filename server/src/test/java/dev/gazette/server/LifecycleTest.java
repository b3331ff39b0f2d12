package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.GazetteConfig;
import dev.gazette.store.DataFolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start, readiness, seeds, concurrent load and graceful shutdown. */
class LifecycleTest {
  @TempDir Path data;

  @Test
  void theApiAnswers503UntilTheIndexIsReady() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (TestServer server = TestServer.startWith(TestServer.options(data, Map.of()), folder -> await(release))) {
      Api api = server.api;
      assertEquals(200, api.get("/health").status());
      assertEquals(200, api.get("/openapi.json").status());
      assertEquals("not_ready", api.get("/ready").errorCode());
      Api.Response search = api.get("/api/search?q=korea");
      assertEquals(503, search.status());
      assertEquals("not_ready", search.errorCode());
      release.countDown();
      server.server.ready().join();
      assertEquals(200, api.get("/ready").status());
      assertEquals(200, api.get("/api/search?q=korea").status());
    }
  }

  @Test
  void seedsFillAnEmptyIndexAndReplaceOnlyAnIndexNobodyWroteTo() throws Exception {
    Path seeds = Files.createDirectories(data.resolve("seeds"));
    Path seed = TestServer.SEEDS.resolve(TestServer.SEED_FILE);
    Files.copy(seed, seeds.resolve(seed.getFileName()));
    String[] flags = {"--seeds", seeds.toString()};
    Path written = data.resolve("written");
    try (TestServer first = TestServer.start(written, Map.of(), flags)) {
      assertEquals(200, first.api.get("/api/articles/" + TestServer.SEED_ID).status());
      first.api.put("/api/articles/added-by-hand", "{\"title\": \"Added by hand\"}");
    }
    try (TestServer unchanged = TestServer.start(written, Map.of(), flags)) {
      assertEquals(200, unchanged.api.get("/api/articles/added-by-hand").status(), "seeds unchanged: no reindex");
    }
    Path untouched = data.resolve("untouched");
    try (TestServer first = TestServer.start(untouched, Map.of(), flags)) {
      assertEquals(200, first.api.get("/api/articles/" + TestServer.SEED_ID).status());
    }
    String second = Files.readString(seed).replaceFirst("Russia and North Korea", "Walruses and Narwhals");
    Files.writeString(seeds.resolve("001_walruses.txt"), second);
    try (TestServer changed = TestServer.start(written, Map.of(), flags)) {
      assertEquals(200, changed.api.get("/api/articles/added-by-hand").status(), "written to since: kept");
      assertEquals(0, Api.ids(changed.api.get("/api/search?q=narwhals")).size());
    }
    try (TestServer changed = TestServer.start(untouched, Map.of(), flags)) {
      assertEquals(2, changed.api.get("/api/search?q=north+korea").json().get("total").getAsLong());
      assertEquals(1, Api.ids(changed.api.get("/api/search?q=narwhals")).size(), "only seeds: rebuilt from them");
    }
  }

  @Test
  void anIndexThatDidNotComeFromTheSeedsIsNeverReplacedByThem() throws Exception {
    Path index = data.resolve("built");
    try (TestServer empty = TestServer.start(index, Map.of(), "--seeds", "none")) {
      assertEquals(404, empty.api.get("/api/articles/" + TestServer.SEED_ID).status(), "--seeds none loads nothing");
      empty.api.put("/api/articles/a1", "{\"title\": \"Wheat harvest\"}");
      empty.api.put("/api/articles/a2", "{\"title\": \"Oil prices\"}");
    }
    try (TestServer seeded = TestServer.start(index, Map.of(), "--seeds", TestServer.SEEDS.toString())) {
      assertEquals(2, seeded.api.get("/api/search").json().get("total").getAsLong());
      assertEquals(404, seeded.api.get("/api/articles/" + TestServer.SEED_ID).status());
    }
  }

  @Test
  void searchesKeepAnsweringWhileABulkLoadRuns() throws Exception {
    try (TestServer server = TestServer.start(data, Map.of())) {
      Api api = server.api;
      CompletableFuture<List<Integer>> loads = CompletableFuture.supplyAsync(() -> {
        List<Integer> accepted = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
          String body = Articles.ndjson(Articles.series("load" + batch, 500));
          accepted.add(api.post("/api/articles", "application/x-ndjson", body).json().get("accepted").getAsInt());
        }
        return accepted;
      });
      int searches = 0;
      while (!loads.isDone()) {
        Api.Response response = api.get("/api/search?q=wheat+OR+korea&operator=or&facets=country");
        assertEquals(200, response.status(), response.body());
        searches++;
      }
      assertEquals(List.of(500, 500, 500, 500), loads.get());
      assertTrue(searches > 0);
      assertEquals(2000, api.get("/api/search?q=barley").json().get("total").getAsLong());
    }
  }

  @Test
  void shutdownFinishesTheRequestInFlightThenClosesTheIndex() throws Exception {
    TestServer server = TestServer.start(data, Map.of());
    byte[] body = "{\"title\": \"Written while shutting down\"}".getBytes(StandardCharsets.UTF_8);
    CompletableFuture<Void> closing;
    String status;
    try (Socket socket = new Socket(server.server.uri().getHost(), server.server.uri().getPort())) {
      OutputStream out = socket.getOutputStream();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      out.write(("PUT /api/articles/in-flight HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Expect: 100-continue\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertEquals("HTTP/1.1 100 Continue", in.readLine(), "the handler is reading the body");
      assertEquals("", in.readLine());

      closing = CompletableFuture.runAsync(server::close);
      Api.Response refused = server.api.get("/health");
      while (refused.status() == 200) {
        refused = server.api.get("/health");
      }
      assertEquals("shutting_down", refused.errorCode());
      assertFalse(closing.isDone(), "close waits for the request in flight");

      out.write(body);
      out.flush();
      status = in.readLine();
    }
    closing.join();
    assertEquals("HTTP/1.1 201 Created", status);
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      assertTrue(folder.withLive(gazette -> gazette.get("in-flight")).isPresent());
    }
  }

  @Test
  void sigtermFinishesCommitsAndClosesTheIndex() throws Exception {
    String output = writeThenSignal(ProcessHandle::destroy, 143);
    assertTrue(output.contains("shutting down") && output.contains("index committed and closed"), output);
  }

  @Test
  void acknowledgedWritesSurviveAKill() throws Exception {
    writeThenSignal(ProcessHandle::destroyForcibly, 137);
  }

  /** Writes to a server process, signals it, checks its exit code and that the writes are in the index; its output. */
  private String writeThenSignal(Predicate<ProcessHandle> signal, int exitCode) throws Exception {
    String output;
    try (ServerProcess server = ServerProcess.start(data)) {
      Api api = new Api(server.uri);
      assertEquals(201, api.put("/api/articles/single", "{\"title\": \"Kept\"}").status());
      String bulk = Articles.ndjson(Articles.series("durable", 3));
      assertEquals(3, api.post("/api/articles", "application/x-ndjson", bulk).json().get("accepted").getAsInt());
      signal.test(server.process.toHandle());
      assertEquals(exitCode, server.waitFor(), server.output());
      output = server.output();
    }
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      for (String id : List.of("single", "durable-1", "durable-3")) {
        assertTrue(folder.withLive(gazette -> gazette.get(id)).isPresent(), id);
      }
    }
    return output;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

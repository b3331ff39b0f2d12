package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/admin/snapshot} while the server keeps indexing, and a restore of what it took. */
class SnapshotApiTest {
  @TempDir Path dir;

  @Test
  void aSnapshotTakenDuringABulkLoadRestoresToTheSameCountsAndResults() throws Exception {
    Path data = dir.resolve("data");
    String path;
    long documents;
    List<String> hits;
    try (TestServer server = TestServer.start(data, Map.of("GAZETTE_API_KEY", "admin-key",
        "GAZETTE_SEARCH_KEY", "search-key"))) {
      Api admin = server.api.withKey("admin-key");
      assertEquals(401, server.api.post("/api/admin/snapshot", "application/json", "").status());
      assertEquals(403, server.api.withKey("search-key").post("/api/admin/snapshot", "application/json", "").status());
      assertEquals(200, admin.post("/api/articles", "application/x-ndjson",
          Articles.ndjson(Articles.series("first", 200))).status());
      CompletableFuture<Integer> load = CompletableFuture.supplyAsync(() -> admin.post("/api/articles",
          "application/x-ndjson", Articles.ndjson(Articles.series("later", 2000))).status());
      Api.Response taken = admin.post("/api/admin/snapshot", "application/json", "");
      assertEquals(201, taken.status(), taken.body());
      assertEquals(200, load.get());
      path = taken.json().get("path").getAsString();
      assertTrue(path.startsWith(data.resolve("snapshots").toAbsolutePath().toString()), path);
      assertTrue(taken.json().get("bytes").getAsLong() > 0);
      try (Gazette copy = Gazette.openReadOnly(Path.of(path), GazetteConfig.defaults())) {
        documents = copy.stats().documents();
        hits = copy.search(SearchRequest.of("korea")).hits().stream()
            .map(SearchResult.Hit::id).toList();
      }
      JsonObject stats = admin.get("/api/stats").json();
      assertTrue(documents >= 200 && documents <= stats.get("documents").getAsLong(), documents + " in the snapshot");
    }
    Path restored = dir.resolve("restored");
    try (DataFolder folder = DataFolder.open(restored, GazetteConfig.defaults())) {
      folder.restore(Path.of(path));
      assertEquals(documents, folder.read(gazette -> gazette.stats().documents()).longValue());
      assertEquals(hits, folder.read(gazette -> gazette.search(SearchRequest.of("korea")).hits().stream()
          .map(SearchResult.Hit::id).toList()));
    }
    assertTrue(!hits.isEmpty(), "the seeds mention Korea");
  }
}

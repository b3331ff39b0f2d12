package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/**
 * The keys: writes need the admin key when one is configured; with a search key, reads need either
 * key and the search key cannot write; an open server refuses a public address.
 */
class AuthTest {
  private static final String ARTICLE = "{\"title\": \"Guarded\"}";

  @TempDir Path data;

  @Test
  void writesNeedTheKeyFromTheEnvironment() {
    try (TestServer server = TestServer.start(data, Map.of("GAZETTE_API_KEY", "s3cret-key"))) {
      Api anonymous = server.api;
      Api.Response refused = anonymous.put("/api/articles/guarded", ARTICLE);
      assertEquals(401, refused.status());
      assertEquals("unauthorized", refused.errorCode());
      assertTrue(refused.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
      assertEquals(401, anonymous.withKey("wrong").put("/api/articles/guarded", ARTICLE).status());
      assertEquals(401, anonymous.withKey("s3cret-key-and-more").delete("/api/articles/" + TestServer.SEED_ID).status());
      assertEquals(401, anonymous.post("/api/articles", "application/json", "[" + ARTICLE + "]").status());
      assertEquals(200, anonymous.get("/api/articles/" + TestServer.SEED_ID).status());
      assertEquals(200, anonymous.get("/api/search?q=korea").status());

      Api keyed = anonymous.withKey("s3cret-key");
      assertEquals(201, keyed.put("/api/articles/guarded", ARTICLE).status());
      assertEquals(200, keyed.delete("/api/articles/guarded").status());
      assertTrue(server.logLines().stream().noneMatch(line -> line.contains("s3cret")));
    }
  }

  @Test
  void theKeyFileWinsOverTheEnvironment() throws Exception {
    Path keyFile = Files.writeString(data.resolve("key.txt"), "from-file\n");
    try (TestServer server = TestServer.start(data.resolve("index"), Map.of("GAZETTE_API_KEY", "from-env"),
        "--api-key-file", keyFile.toString())) {
      assertEquals(401, server.api.withKey("from-env").put("/api/articles/k", ARTICLE).status());
      assertEquals(201, server.api.withKey("from-file").put("/api/articles/k", ARTICLE).status());
    }
  }

  @Test
  void aSearchKeyGuardsReadsAndCannotWrite() {
    Map<String, String> env = Map.of("GAZETTE_API_KEY", "admin-key", "GAZETTE_SEARCH_KEY", "search-key");
    try (TestServer server = TestServer.start(data, env)) {
      Api anonymous = server.api;
      for (String path : new String[] {"/api/search?q=korea", "/api/articles/" + TestServer.SEED_ID,
          "/api/suggest?q=kor", "/api/stats", "/api/facets/country"}) {
        Api.Response refused = anonymous.get(path);
        assertEquals(401, refused.status(), path);
        assertEquals("unauthorized", refused.errorCode());
        assertEquals(401, anonymous.withKey("guess").get(path).status(), path);
        assertEquals(200, anonymous.withKey("search-key").get(path).status(), path);
        assertEquals(200, anonymous.withKey("admin-key").get(path).status(), path);
      }
      assertEquals(401, anonymous.post("/api/search", "application/json", "{\"q\": \"korea\"}").status());
      assertEquals(200, anonymous.withKey("search-key").post("/api/search", "application/json", "{\"q\": \"korea\"}").status());
      assertEquals(200, anonymous.get("/health").status());
      assertEquals(200, anonymous.get("/openapi.json").status());

      Api searcher = anonymous.withKey("search-key");
      Api.Response forbidden = searcher.put("/api/articles/guarded", ARTICLE);
      assertEquals(403, forbidden.status());
      assertEquals("forbidden", forbidden.errorCode());
      assertEquals(403, searcher.delete("/api/articles/" + TestServer.SEED_ID).status());
      assertEquals(403, searcher.post("/api/articles", "application/json", "[" + ARTICLE + "]").status());
      assertEquals(200, searcher.get("/api/articles/" + TestServer.SEED_ID).status());
      assertEquals(201, anonymous.withKey("admin-key").put("/api/articles/guarded", ARTICLE).status());
      assertTrue(server.logLines().stream().noneMatch(line -> line.contains("admin-key") || line.contains("search-key")));
    }
  }

  @Test
  void theSearchKeyComesFromAFileAndNeedsAnAdminKey() throws Exception {
    Path keyFile = Files.writeString(data.resolve("search.txt"), "reader\n");
    try (TestServer server = TestServer.start(data.resolve("index"), Map.of("GAZETTE_API_KEY", "admin"),
        "--search-key-file", keyFile.toString())) {
      assertEquals(200, server.api.withKey("reader").get("/api/search?q=korea").status());
      assertEquals(401, server.api.get("/api/search?q=korea").status());
    }
    ParameterException refused = assertThrows(ParameterException.class,
        () -> ServeCommand.options(Map.of("GAZETTE_SEARCH_KEY", "reader"), "--data", data.toString()));
    assertTrue(refused.getMessage().contains("admin key"), refused.getMessage());
  }

  @Test
  void aPublicAddressWithoutAKeyIsRefusedUnlessAllowed() {
    ParameterException refused = assertThrows(ParameterException.class,
        () -> ServeCommand.options(Map.of(), "--host", "0.0.0.0", "--data", data.toString()));
    assertTrue(refused.getMessage().contains("--allow-insecure"), refused.getMessage());
    ServeCommand.options(Map.of(), "--host", "0.0.0.0", "--data", data.toString(), "--allow-insecure");
    ServeCommand.options(Map.of("GAZETTE_API_KEY", "k"), "--host", "0.0.0.0", "--data", data.toString());
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page's files: served from the jar with their types and security headers, and nothing else. */
class SearchPageFilesTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern LOCAL_REFERENCE = Pattern.compile("(?:href|src)=\"(/web/[^\"]+)\"");
  private static final Pattern IMPORT = Pattern.compile("from \"\\./([a-z-]+\\.js)\"");

  @RegisterExtension static final RunningServer RUNNING = new RunningServer();

  private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RUNNING.server().server.uri() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePageIsAtTheRootWithItsSecurityHeaders() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("default-src 'self'"), policy);
    assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
    assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(page.body().contains("<script type=\"module\" src=\"/web/js/main.js\"></script>"), page.body());
    assertFalse(page.body().contains("<script>"), "no inline script");
    assertFalse(page.body().contains("style="), "no inline style");
  }

  @Test
  void everyFileThePageNamesIsServedWithItsType() throws Exception {
    Matcher references = LOCAL_REFERENCE.matcher(get("/").body());
    Set<String> named = new TreeSet<>();
    while (references.find()) {
      HttpResponse<String> file = get(references.group(1));
      assertEquals(200, file.statusCode(), references.group(1));
      assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElseThrow());
      named.add(references.group(1));
    }
    assertTrue(named.containsAll(Set.of("/web/favicon.svg", "/web/app.css", "/web/sidebar.css", "/web/js/main.js")), named.toString());
    Set<String> imported = new TreeSet<>();
    Deque<String> toRead = new ArrayDeque<>(List.of("main.js"));
    while (!toRead.isEmpty()) {
      HttpResponse<String> module = get("/web/js/" + toRead.pop());
      assertEquals(200, module.statusCode(), module.uri().toString());
      assertEquals("text/javascript; charset=utf-8", module.headers().firstValue("Content-Type").orElseThrow());
      Matcher imports = IMPORT.matcher(module.body());
      while (imports.find()) {
        if (imported.add("/web/js/" + imports.group(1))) {
          toRead.push(imports.group(1));
        }
      }
    }
    Set<String> preloaded = new TreeSet<>(named);
    preloaded.removeIf(path -> !path.startsWith("/web/js/") || path.equals("/web/js/main.js"));
    assertEquals(imported, preloaded, "every module main.js imports is preloaded, and nothing else");
  }

  @ParameterizedTest
  @CsvSource({
      "/web/app.css, text/css; charset=utf-8",
      "/web/sidebar.css, text/css; charset=utf-8",
      "/web/js/main.js, text/javascript; charset=utf-8",
      "/web/favicon.svg, image/svg+xml",
  })
  void filesCarryTheirContentType(String path, String type) throws Exception {
    assertEquals(type, get(path).headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void anUnchangedFileIsNotSentAgain() throws Exception {
    HttpResponse<String> first = get("/web/app.css");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = get("/web/app.css", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(200, get("/web/app.css", "If-None-Match", "\"something-else\"").statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/web/missing.js", "/web/js", "/web/js/", "/web/", "/web/../dev/gazette/server/openapi.json",
      "/web/%2e%2e/dev/gazette/server/openapi.json", "/web/js/..%2f..%2findex.html", "/web/.hidden.css",
      "/web/dev/gazette/server/Main.class", "/index.html", "/web//app.css",
  })
  void onlyTheWebFolderIsServed(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(404, response.statusCode(), path + " answered " + response.body());
    assertTrue(response.body().contains("\"not_found\""), response.body());
  }

  @Test
  void thePageIsReadOnly() throws Exception {
    HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(URI.create(RUNNING.server().server.uri() + "/"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
  }
}

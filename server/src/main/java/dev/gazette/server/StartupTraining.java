package dev.gazette.server;

import dev.gazette.Article;
import dev.gazette.GazetteConfig;
import dev.gazette.store.DataFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the server's ahead-of-time cache (JDK 25+, {@code -XX:AOTCacheOutput}):
 * the launcher runs it once after each build, and the JVM keeps the classes it loaded, linked and
 * profiled, so that {@code ./gazette serve} started with {@code -XX:AOTCache} skips that work.
 *
 * <p>It does what a server's first minutes do, on a small index in a temporary folder: opens the
 * index, starts listening, and answers searches of every kind, article reads and writes,
 * suggestions, facets, stats and metrics; then shuts down. Nothing it writes outlives it.
 */
public final class StartupTraining {
  private static final String[] WORDS = {
    "oil", "prices", "bank", "rates", "trade", "talks", "election", "minister", "shares", "market",
    "grain", "exports", "strike", "union", "court", "ruling", "storm", "harvest", "budget", "deficit"
  };
  private static final String[] PLACES = {"Japan", "Brazil", "Canada", "Kenya", "France", "Iran", "Peru", "China"};
  private static final int ARTICLES = 200;
  private static final int ROUNDS = 12;

  private StartupTraining() {}

  /** Runs the training; throws when a request fails, so the launcher keeps no cache of a broken run. */
  public static void main(String[] args) throws IOException {
    Path data = Files.createTempDirectory("gazette-training");
    try {
      index(data);
      ServerOptions options = ServeCommand.options(Map.of(), "--port", "0", "--data", data.toString(),
          "--seeds", data.resolve("no-seeds").toString());
      try (GazetteServer server = GazetteServer.start(options, new Log())) {
        server.ready().join();
        exercise(server.uri());
      }
    } finally {
      delete(data);
    }
  }

  private static void index(Path data) {
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < ARTICLES; n++) {
      String place = PLACES[n % PLACES.length];
      String title = place + " " + word(n) + " " + word(n * 7 + 3);
      List<String> body = List.of(title + " as " + word(n * 3) + " and " + word(n * 5 + 1) + " rose in " + place + ".",
          "Officials said the " + word(n * 11) + " would " + word(n * 13 + 2) + " the " + word(n + 9) + ".");
      articles.add(Article.of("t" + n, title, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3_600L * n), body));
    }
    try (DataFolder folder = DataFolder.open(data, GazetteConfig.defaults())) {
      folder.withLive(gazette -> {
        gazette.upsertAll(articles);
        gazette.commit();
        return null;
      });
    }
  }

  private static String word(int n) {
    return WORDS[Math.floorMod(n, WORDS.length)];
  }

  private static void exercise(URI base) throws IOException {
    for (int round = 0; round < ROUNDS; round++) {
      String a = word(round);
      String b = word(round * 7 + 1);
      get(base, "/api/search?q=" + a);
      get(base, "/api/search?q=" + a + "+" + b + "&facets=country,published&highlight=false");
      get(base, "/api/search?q=%22" + a + "+" + b + "%22&sort=newest");
      get(base, "/api/search?q=" + a + "+OR+" + b + "+-" + word(round + 3) + "&operator=or&timeline=true");
      get(base, "/api/search?q=" + a + "&filter=country:" + PLACES[round % PLACES.length] + "&facets=country");
      get(base, "/api/search?q=" + a.substring(0, 3) + "*&didYouMean=false&typoTolerance=false&size=20");
      get(base, "/api/search?q=" + a + "x&page=2");
      send(base, "POST", "/api/search", "{\"q\": \"" + b + "\", \"facets\": \"country\"}");
      get(base, "/api/articles/t" + round);
      get(base, "/api/articles/t" + round + "/related");
      get(base, "/api/suggest?q=" + a.substring(0, 2));
      get(base, "/api/facets/country");
      send(base, "PUT", "/api/articles/new" + round,
          "{\"title\": \"" + a + " and " + b + "\", \"published\": \"2024-06-19\", \"body\": \"" + b + " again.\"}");
    }
    send(base, "DELETE", "/api/articles/new0", null);
    for (String path : List.of("/api/stats", "/health", "/ready", "/metrics", "/openapi.json", "/", "/nowhere")) {
      get(base, path);
    }
  }

  private static void get(URI base, String path) throws IOException {
    send(base, "GET", path, null);
  }

  /** Sends one request and reads the whole answer; fails on a server error. */
  private static void send(URI base, String method, String path, String json) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) base.resolve(path).toURL().openConnection();
    connection.setRequestMethod(method);
    if (json != null) {
      connection.setDoOutput(true);
      connection.setRequestProperty("Content-Type", "application/json");
      try (OutputStream out = connection.getOutputStream()) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    }
    int status = connection.getResponseCode();
    try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (in != null) {
        in.readAllBytes();
      }
    }
    if (status >= 500) {
      throw new IOException(method + " " + path + " answered " + status);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsroom's first hour with the tool, every step a real process as a user runs it: reindex part of
 * Reuters-21578 with progress, page through a search with the cursor, export the index and load the
 * export into a new folder, then serve the index and ask for autocomplete from the server and the tool.
 */
class CliJourneyTest {
  private static final int OK = 0;
  private static final int ARTICLES = 2_000;
  private static final Pattern CURSOR = Pattern.compile("--cursor ([A-Za-z0-9_=-]+)");
  private static final Pattern HIT_ID = Pattern.compile("(?m)^   (?:\\d{4}-\\d{2}-\\d{2} · )?id (\\S+)$");
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+?);");

  @TempDir Path temp;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void reindexSearchWithTheCursorExportReimportServeAndSuggest() throws Exception {
    Path part = partOfReuters(temp.resolve("reuters-part.jsonl.gz"));
    Path data = temp.resolve("data");

    CliProcess.Run reindex = CliProcess.run("reindex", part, "--data", data, "--progress-every", "1");
    assertEquals(OK, reindex.exitCode(), reindex::toString);
    assertTrue(reindex.out().startsWith("indexed   2,000 articles\nrejected  0 inputs\n"), reindex::toString);
    assertPhasesInOrder(reindex.err(), "opening the index in " + data + "...", "reading " + part + "...", "indexing...",
        "indexing: 2,000 ", "committing...", "checking the new index", "switched to the new index");

    Set<String> paged = pageThroughWithTheCursor(data);
    CliProcess.Run all = CliProcess.run("search", "oil", "--facets", "none", "--format", "json", "--size", "1", "--data", data);
    long total = JsonParser.parseString(all.out()).getAsJsonObject().get("total").getAsLong();
    assertEquals(total, paged.size(), "every match once across the pages, none twice");

    Path export = temp.resolve("export.jsonl");
    CliProcess.Run exported = CliProcess.run("export", "--output", export, "--data", data);
    assertEquals(OK, exported.exitCode(), exported::toString);
    assertTrue(exported.err().contains("exported 2,000 articles to " + export + "\n"), exported::toString);
    List<String> lines = Files.readAllLines(export);
    assertEquals(ARTICLES, lines.size());

    Path copy = temp.resolve("copy");
    CliProcess.Run reimport = CliProcess.run("reindex", export, "--data", copy);
    assertEquals(OK, reimport.exitCode(), reimport::toString);
    assertTrue(reimport.out().startsWith("indexed   2,000 articles\nrejected  0 inputs\n"), reimport::toString);
    Path again = temp.resolve("again.jsonl");
    assertEquals(OK, CliProcess.run("export", "--output", again, "--data", copy).exitCode());
    assertEquals(new TreeSet<>(lines), new TreeSet<>(Files.readAllLines(again)), "the copy holds the same articles, field for field");
    JsonObject first = JsonParser.parseString(lines.getFirst()).getAsJsonObject();
    CliProcess.Run one = CliProcess.run("search", "id:" + first.get("id").getAsString(), "--format", "ndjson", "--data", copy);
    assertEquals(first.get("title").getAsString(),
        JsonParser.parseString(one.out().strip()).getAsJsonObject().get("title").getAsString(), one::toString);

    Process server = startServer(data);
    try {
      String base = awaitListening(server);
      HttpClient http = HttpClient.newHttpClient();
      awaitReady(http, base);
      JsonObject suggestions = get(http, base + "/api/suggest?q=oil+pr");
      assertTrue(suggestions.getAsJsonArray("suggestions").asList().stream()
          .anyMatch(s -> s.getAsJsonObject().get("text").getAsString().startsWith("oil pr")), suggestions::toString);
      assertEquals(total, get(http, base + "/api/search?q=oil&size=1").get("total").getAsLong());

      CliProcess.Run suggest = CliProcess.run("suggest", "oil", "pr", "--data", data);
      assertEquals(OK, suggest.exitCode(), suggest::toString);
      assertTrue(suggest.out().toLowerCase().contains("oil pr"), suggest::toString);
    } finally {
      server.destroy();
      assertTrue(server.waitFor(1, TimeUnit.MINUTES), "the server stops on SIGTERM");
    }
  }

  private static Path reuters() {
    Optional<Path> corpus = Reuters.corpus();
    assumeTrue(corpus.isPresent(), "Reuters-21578 not found in " + Reuters.shared() + "; skipping");
    return corpus.get();
  }

  /** The first {@link #ARTICLES} lines of the corpus, as a user would cut a sample. */
  private static Path partOfReuters(Path target) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(reuters())), StandardCharsets.UTF_8));
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      for (int n = 0; n < ARTICLES; n++) {
        out.write((in.readLine() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return target;
  }

  private static void assertPhasesInOrder(String err, String... phases) {
    int from = 0;
    for (String phase : phases) {
      int at = err.indexOf(phase, from);
      assertTrue(at >= 0, "phase '" + phase + "' missing or out of order in:\n" + err);
      from = at + phase.length();
    }
  }

  /** Every id of every page of "oil", following the cursor each page prints, 40 hits a page. */
  private static Set<String> pageThroughWithTheCursor(Path data) {
    Set<String> ids = new HashSet<>();
    List<String> args = List.of("search", "oil", "--facets", "none", "--size", "40", "--data", data.toString());
    String cursor = null;
    int pages = 0;
    do {
      List<String> page = new ArrayList<>(args);
      if (cursor != null) {
        page.addAll(List.of("--cursor", cursor));
      }
      CliProcess.Run run = CliProcess.run(page.toArray());
      assertEquals(OK, run.exitCode(), run::toString);
      Matcher hit = HIT_ID.matcher(run.out());
      int onPage = 0;
      while (hit.find()) {
        assertTrue(ids.add(hit.group(1)), "id " + hit.group(1) + " came back on page " + (pages + 1));
        onPage++;
      }
      assertTrue(onPage > 0, run::toString);
      Matcher next = CURSOR.matcher(run.out());
      cursor = next.find() ? next.group(1) : null;
      pages++;
    } while (cursor != null);
    assertTrue(pages > 2, "the query spans several pages: " + pages);
    return ids;
  }

  private Process startServer(Path data) throws IOException {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        "dev.gazette.server.Main", "--data", data.toString(), "--port", "0", "--seeds", "none")
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(Files.createFile(temp.resolve("no-input")).toFile()))
        .start();
  }

  /** The server's address from its "listening on" line; keeps draining its output after that. */
  private static String awaitListening(Process server) throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread.ofVirtual().start(() -> {
      try (BufferedReader output = server.inputReader(StandardCharsets.UTF_8)) {
        output.lines().forEach(lines::add);
      } catch (IOException | UncheckedIOException e) {
        // The server was stopped: its output is gone.
      }
    });
    StringBuilder seen = new StringBuilder();
    for (String line; (line = lines.poll(2, TimeUnit.MINUTES)) != null; ) {
      seen.append(line).append('\n');
      Matcher listening = LISTENING.matcher(line);
      if (listening.find()) {
        return listening.group(1);
      }
    }
    throw new AssertionError("the server never said where it listens:\n" + seen);
  }

  private static void awaitReady(HttpClient http, String base) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      if (http.send(HttpRequest.newBuilder(URI.create(base + "/ready")).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode() == 200) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not become ready within two minutes");
  }

  private static JsonObject get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response::body);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertNotNull(body);
    assertFalse(body.has("error"), response::body);
    return body;
  }
}

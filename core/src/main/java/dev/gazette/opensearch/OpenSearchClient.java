package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.gazette.GazetteException;
import dev.gazette.search.ClauseBudget;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few HTTP calls Gazette makes to an OpenSearch cluster, with {@code java.net.http} and Gson.
 * A request goes to one node; when that node cannot be reached the next one is tried, and a
 * request the cluster refuses for now (429 Too Many Requests, 502–504) is retried with growing
 * pauses, so a busy or shrinking cluster slows a load down rather than failing it.
 */
public final class OpenSearchClient implements AutoCloseable {
  /** Tries of one request (or of one bulk item) before giving up. */
  private static final int ATTEMPTS = 10;
  private static final long FIRST_PAUSE_MS = 100;
  private static final long LONGEST_PAUSE_MS = 5_000;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /**
   * How long the cluster may wait for a shard to take a bulk item (its own default is one minute,
   * as long as {@link #TIMEOUT}): asked for well within this client's patience, so that a shard
   * left without a primary by a lost node is answered as a refused item, sent again, rather than
   * as a node that does not answer.
   */
  private static final String BULK_PATH = "/_bulk?timeout=20s";
  private static final System.Logger LOG = System.getLogger(OpenSearchClient.class.getName());

  private final List<URI> nodes;
  private final String authorization;
  private final HttpClient http;
  private final AtomicInteger current = new AtomicInteger();

  /** A client of the cluster at {@code nodes}, with basic authentication when {@code username} is given. */
  public OpenSearchClient(List<URI> nodes, String username, String password) {
    this.nodes = List.copyOf(nodes);
    this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * An answer: the HTTP status and the JSON body ({@code null} when there was none).
   *
   * @param status HTTP status
   * @param json the parsed body
   */
  public record Response(int status, JsonElement json) {
    /** The body as an object. */
    public JsonObject object() {
      return json.getAsJsonObject();
    }

    /** Whether the status is 2xx. */
    public boolean ok() {
      return status / 100 == 2;
    }
  }

  /** Sends {@code body} (or nothing) to {@code path}, retrying as the class says; any status is returned. */
  public Response send(String method, String path, JsonElement body) throws IOException {
    return send(method, path, body == null ? null : body.toString(), "application/json");
  }

  /** Like {@link #send}, but a status other than 2xx throws a {@link GazetteException} saying what failed. */
  public JsonObject ok(String method, String path, JsonElement body, String what) throws IOException {
    Response response = send(method, path, body);
    if (!response.ok()) {
      throw failure(what, response);
    }
    return response.object();
  }

  /**
   * Indexes or deletes documents with {@code _bulk}: each item is an action line and, for an index
   * action, its source. Items refused for now (429, 5xx: a full queue, a shard moving after a node
   * failure) are sent again, alone, with growing pauses; any other failure of an item throws. When
   * this returns, every item was acknowledged.
   */
  public void bulk(List<BulkItem> items) throws IOException {
    List<BulkItem> pending = items;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      StringBuilder body = new StringBuilder();
      for (BulkItem item : pending) {
        body.append(item.action()).append('\n');
        if (item.source() != null) {
          body.append(item.source()).append('\n');
        }
      }
      Response response = send("POST", BULK_PATH, body.toString(), "application/x-ndjson");
      if (!response.ok()) {
        throw failure("index " + pending.size() + " articles", response);
      }
      JsonArray results = response.object().getAsJsonArray("items");
      List<BulkItem> again = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        JsonObject result = results.get(i).getAsJsonObject().entrySet().iterator().next().getValue().getAsJsonObject();
        int status = result.get("status").getAsInt();
        if (retryable(status) && attempt < ATTEMPTS) {
          again.add(pending.get(i));
        } else if (status / 100 != 2 && status != 404) {
          String what = "article " + result.get("_id").getAsString();
          LOG.log(Level.WARNING, "OpenSearch refused " + what + ": HTTP " + status + " " + result.get("error"));
          throw new GazetteException("OpenSearch refused " + what + " (HTTP " + status + "); the details are in the "
              + "server log");
        }
      }
      if (!again.isEmpty()) {
        pause(attempt);
      }
      pending = again;
    }
  }

  /**
   * One item of a {@code _bulk} request.
   *
   * @param action the action line
   * @param source the document for an index action, or {@code null}
   */
  public record BulkItem(JsonObject action, JsonObject source) {}

  private Response send(String method, String path, String body, String contentType) throws IOException {
    IOException unreachable = null;
    Response last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      int turn = current.get();
      int node = Math.floorMod(turn, nodes.size());
      HttpRequest.Builder request = HttpRequest.newBuilder(nodes.get(node).resolve(path)).timeout(TIMEOUT)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) {
        request.header("Content-Type", contentType);
      }
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      try {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        last = new Response(response.statusCode(), parse(response.body()));
        if (!retryable(response.statusCode())) {
          return last;
        }
      } catch (IOException e) {
        unreachable = e;
        current.compareAndSet(turn, turn + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for OpenSearch", e);
      }
      if (attempt < ATTEMPTS) {
        pause(attempt);
      }
    }
    if (last != null) {
      return last;
    }
    LOG.log(Level.WARNING, "no OpenSearch node of " + nodes + " answers", unreachable);
    throw new IOException("no OpenSearch node answers", unreachable);
  }

  private static JsonElement parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JsonParser.parseString(body);
    } catch (JsonParseException e) {
      JsonObject text = new JsonObject();
      text.addProperty("error", body.length() > 500 ? body.substring(0, 500) : body);
      return text;
    }
  }

  private static boolean retryable(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  private static void pause(int attempt) throws IOException {
    try {
      Thread.sleep(Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS << Math.min(attempt - 1, 10)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for OpenSearch", e);
    }
  }

  /**
   * The exception for a refused call, in Gazette's words: what was being done and the status. The
   * cluster's own answer (index names, node ids, shards) goes to the log only. A query the cluster
   * finds too big for its clause limit is refused as core refuses it ({@link ClauseBudget#tooManyTerms()}).
   */
  public static GazetteException failure(String what, Response response) {
    String reason = response.json() == null ? "" : " " + response.json();
    if (reason.length() > 2000) {
      reason = reason.substring(0, 2000) + "...";
    }
    LOG.log(Level.WARNING, "OpenSearch could not " + what + ": HTTP " + response.status() + reason);
    if (reason.contains("too_many_clauses") || reason.contains("too_many_nested_clauses")) {
      return ClauseBudget.tooManyTerms();
    }
    return new GazetteException("OpenSearch could not " + what + " (HTTP " + response.status()
        + "); the details are in the server log");
  }

  @Override
  public void close() {
    http.close();
  }
}

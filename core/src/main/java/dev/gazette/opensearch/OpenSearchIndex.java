package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.OpenSearchTarget;
import dev.gazette.analysis.AnalysisSettings;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Gazette index on an OpenSearch cluster, reached through an alias: searches and writes go to
 * the alias, and a reindex builds a new index (a generation) behind it, then moves the alias in
 * one atomic step, so searches never see a half-built index. The analysis an index was built with
 * is read from its mapping, as the embedded index reads it from its commit data.
 */
public final class OpenSearchIndex implements AutoCloseable {
  private final OpenSearchTarget target;
  private final OpenSearchClient client;
  private final GazetteConfig config;
  private final AnalysisSettings analysis;

  private OpenSearchIndex(OpenSearchTarget target, OpenSearchClient client, GazetteConfig config,
      AnalysisSettings analysis) {
    this.target = target;
    this.client = client;
    this.config = config;
    this.analysis = analysis;
  }

  /**
   * The index behind {@code target}'s alias, first creating one (with {@code config}'s analysis) when
   * the alias does not exist. Throws {@link GazetteException} when the cluster cannot be reached.
   */
  public static OpenSearchIndex connect(OpenSearchTarget target, GazetteConfig config) {
    OpenSearchClient client = new OpenSearchClient(target.nodes(), target.username(), target.password());
    try {
      OpenSearchClient.Response mapping = client.send("GET", "/" + target.index() + "/_mapping", null);
      if (mapping.status() == 404) {
        OpenSearchIndex index = new OpenSearchIndex(target, client, config, AnalysisSettings.of(config));
        index.switchTo(index.createGeneration("g0"));
        return index;
      }
      if (!mapping.ok()) {
        throw OpenSearchClient.failure("read the mapping of " + target.index(), mapping);
      }
      return new OpenSearchIndex(target, client, config, analysisOf(mapping.object(), config));
    } catch (IOException e) {
      client.close();
      throw new GazetteException("cannot reach OpenSearch at " + target.nodes() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static AnalysisSettings analysisOf(JsonObject mappings, GazetteConfig config) {
    Map<String, String> meta = new HashMap<>();
    for (var index : mappings.entrySet()) {
      JsonObject mapping = index.getValue().getAsJsonObject().getAsJsonObject("mappings");
      if (mapping != null && mapping.has("_meta")) {
        mapping.getAsJsonObject("_meta").entrySet().forEach(e -> meta.put(e.getKey(), e.getValue().getAsString()));
      }
    }
    return AnalysisSettings.fromCommitData(meta, AnalysisSettings.of(config));
  }

  /** The client of the cluster. */
  public OpenSearchClient client() {
    return client;
  }

  /** The name searches and writes go to: the alias, or a generation being built. */
  public String name() {
    return target.index();
  }

  /** Where the index is, for messages. */
  public String location() {
    return target.nodes().get(0).resolve("/" + target.index()).toString();
  }

  /** The analysis the index was built with. */
  public AnalysisSettings analysis() {
    return analysis;
  }

  /** The configuration this index is searched with. */
  public GazetteConfig config() {
    return config;
  }

  /**
   * Creates a new, empty index for the alias, named after it with {@code suffix}, with settings and
   * mapping generated from the configuration; returns its name.
   */
  public String createGeneration(String suffix) throws IOException {
    String name = target.index() + "-" + suffix;
    client.ok("PUT", "/" + name + "?wait_for_active_shards=1", OpenSearchMapping.index(config, target.shards(),
        target.replicas()), "create the index " + name);
    return name;
  }

  /** Points the alias at {@code generation} alone, in one atomic step, then deletes the indexes it left. */
  public void switchTo(String generation) throws IOException {
    client.ok("POST", "/" + generation + "/_refresh", null, "refresh " + generation);
    List<String> previous = holders();
    JsonArray actions = new JsonArray();
    for (String old : previous) {
      actions.add(action("remove", old));
    }
    actions.add(action("add", generation));
    JsonObject body = new JsonObject();
    body.add("actions", actions);
    client.ok("POST", "/_aliases", body, "move the alias " + target.index() + " to " + generation);
    for (String old : previous) {
      if (!old.equals(generation)) {
        client.ok("DELETE", "/" + old, null, "delete the previous index " + old);
      }
    }
  }

  /** The index {@code generation} (made by {@link #createGeneration}) itself, to build it before the alias moves. */
  public OpenSearchIndex generation(String generation) {
    OpenSearchTarget direct = new OpenSearchTarget(target.nodes(), generation, target.username(), target.password(),
        target.shards(), target.replicas());
    return new OpenSearchIndex(direct, new OpenSearchClient(target.nodes(), target.username(), target.password()),
        config, AnalysisSettings.of(config));
  }

  /** Deletes {@code generation}, a build that failed. */
  public void drop(String generation) throws IOException {
    client.send("DELETE", "/" + generation, null);
  }

  /** The indexes the alias points at now. */
  private List<String> holders() throws IOException {
    OpenSearchClient.Response response = client.send("GET", "/_alias/" + target.index(), null);
    if (response.status() == 404) {
      return List.of();
    }
    if (!response.ok()) {
      throw OpenSearchClient.failure("read the alias " + target.index(), response);
    }
    return List.copyOf(response.object().keySet());
  }

  private JsonObject action(String kind, String index) {
    JsonObject params = new JsonObject();
    params.addProperty("index", index);
    params.addProperty("alias", target.index());
    JsonObject action = new JsonObject();
    action.add(kind, params);
    return action;
  }

  @Override
  public void close() {
    client.close();
  }
}

package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.OpenSearchTarget;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.index.BuildRecord;
import dev.gazette.index.BuiltIndex;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Gazette index on an OpenSearch cluster, reached through an alias: searches and writes go to
 * the alias, and a reindex builds a new index (a generation) behind it, then moves the alias in
 * one atomic step, so searches never see a half-built index. The analysis an index was built with,
 * and what built it ({@link BuildRecord}), are kept in its mapping's {@code _meta}, as the embedded
 * index keeps them in its commit data. Which generations are built, kept and switched to is decided
 * by {@code dev.gazette.store.Generations}; this class only makes the cluster's calls.
 */
public final class OpenSearchIndex implements AutoCloseable {
  private static final String FIRST = "g0";
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
        String first = index.createGeneration(FIRST, BuildRecord.now("an empty start (first connection)", null));
        index.refresh(first);
        index.moveAlias(first);
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
      meta.putAll(metaOf(index.getValue().getAsJsonObject()));
    }
    return AnalysisSettings.fromCommitData(meta, AnalysisSettings.of(config));
  }

  /** The {@code _meta} entries of one index's entry in a {@code _mapping} answer. */
  private static Map<String, String> metaOf(JsonObject index) {
    Map<String, String> meta = new HashMap<>();
    JsonObject mapping = index.getAsJsonObject("mappings");
    if (mapping != null && mapping.has("_meta")) {
      mapping.getAsJsonObject("_meta").entrySet().forEach(e -> meta.put(e.getKey(), e.getValue().getAsString()));
    }
    return meta;
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
   * mapping generated from the configuration and {@code record} in its {@code _meta}; returns its name.
   */
  public String createGeneration(String suffix, BuildRecord record) throws IOException {
    String name = target.index() + "-" + suffix;
    JsonObject body = OpenSearchMapping.index(config, target.shards(), target.replicas());
    JsonObject meta = body.getAsJsonObject("mappings").getAsJsonObject("_meta");
    record.toCommitData().forEach(meta::addProperty);
    client.ok("PUT", "/" + name + "?wait_for_active_shards=" + copiesToWaitFor(), body, "create the index " + name);
    return name;
  }

  /**
   * How many copies of each shard a new index waits for before it is loaded: the primary and every
   * replica the cluster has a node for. A write acknowledged while a replica is still being set up
   * has no second copy yet, so a node lost then would leave the shard without a primary until that
   * node returns; a replica that cannot be placed (more replicas than other nodes) is not waited for.
   */
  private int copiesToWaitFor() throws IOException {
    JsonObject health = client.ok("GET", "/_cluster/health", null, "read the cluster's health");
    int dataNodes = health.has("number_of_data_nodes") ? health.get("number_of_data_nodes").getAsInt() : 1;
    return 1 + Math.min(target.replicas(), Math.max(0, dataNodes - 1));
  }

  /** Makes everything written to {@code generation} searchable. */
  public void refresh(String generation) throws IOException {
    client.ok("POST", "/" + generation + "/_refresh", null, "refresh " + generation);
  }

  /**
   * The indexes Gazette built for the alias ({@code <alias>-g<time>}), in no particular order, each
   * with its article count (the cluster's, -1 when unknown) and the build record in its {@code _meta}.
   */
  public Map<String, BuiltIndex.Summary> generations() throws IOException {
    Pattern ours = Pattern.compile(Pattern.quote(target.index()) + "-g\\d+(-\\d+)?");
    OpenSearchClient.Response mappings = client.send("GET", "/" + target.index() + "-g*/_mapping", null);
    if (!mappings.ok()) {
      throw OpenSearchClient.failure("list the indexes of " + target.index(), mappings);
    }
    Map<String, Long> counts = new HashMap<>();
    client.send("GET", "/_cat/indices/" + target.index() + "-g*?format=json&h=index,docs.count", null).json()
        .getAsJsonArray().forEach(row -> counts.put(row.getAsJsonObject().get("index").getAsString(),
            row.getAsJsonObject().get("docs.count").isJsonNull() ? -1 : row.getAsJsonObject().get("docs.count").getAsLong()));
    Map<String, BuiltIndex.Summary> found = new HashMap<>();
    mappings.object().keySet().stream().filter(name -> ours.matcher(name).matches())
        .forEach(name -> found.put(name, new BuiltIndex.Summary(counts.getOrDefault(name, -1L),
            BuildRecord.fromCommitData(metaOf(mappings.object().getAsJsonObject(name)), false))));
    return found;
  }

  /** Points the alias at {@code generation} alone in one atomic step. */
  public void moveAlias(String generation) throws IOException {
    List<String> previous = holders();
    JsonArray actions = new JsonArray();
    for (String old : previous) {
      actions.add(action("remove", old));
    }
    actions.add(action("add", generation));
    JsonObject body = new JsonObject();
    body.add("actions", actions);
    client.ok("POST", "/_aliases", body, "move the alias " + target.index() + " to " + generation);
  }

  /** Deletes {@code generation}, whatever state it is in. */
  public void drop(String generation) throws IOException {
    client.send("DELETE", "/" + generation, null);
  }

  /** The indexes the alias points at now: one, or none before the first connection. */
  public List<String> holders() throws IOException {
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

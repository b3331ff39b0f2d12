package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.Article;
import dev.gazette.GazetteConfig;
import dev.gazette.IndexGauges;
import dev.gazette.IndexStats;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchResult;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.opensearch.OpenSearchClient.BulkItem;
import dev.gazette.plan.Backend;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The OpenSearch backend: articles indexed with {@code _bulk}, searched with Gazette's query
 * translated into OpenSearch's language, scores from global term statistics ({@code
 * dfs_query_then_fetch}) so they match the embedded engine's.
 */
public final class OpenSearchBackend implements Backend {
  /** Articles per page of an export. */
  private static final int PAGE_SIZE = 500;

  private final OpenSearchIndex index;
  private final OpenSearchClient client;
  private final OpenSearchDocuments documents;
  private final Schema schema;
  private final OpenSearchDimensions dimensions;
  private final OpenSearchView view;

  /** The backend of {@code index}, searched with {@code config}'s time budget and query synonyms. */
  public OpenSearchBackend(OpenSearchIndex index, GazetteConfig config) {
    this.index = index;
    this.client = index.client();
    this.documents = new OpenSearchDocuments(MentionFinder.standard());
    this.schema = new Schema(index.analysis(), Synonyms.of(config));
    this.dimensions = new OpenSearchDimensions(index);
    this.view = new OpenSearchView(index, new OpenSearchQueries(config), dimensions);
  }

  /** Sent as concurrent {@code _bulk} requests ({@link BulkLoad}); returns once every article is acknowledged. */
  @Override
  public void upsertAll(Collection<Article> articles) throws IOException {
    BulkLoad.send(client, articles, article -> new BulkItem(action("index", article.id()), documents.source(article)));
  }

  @Override
  public boolean delete(String id) throws IOException {
    OpenSearchClient.Response response = client.send("DELETE", doc(id), null);
    if (response.status() != 404 && !response.ok()) {
      throw OpenSearchClient.failure("delete article " + id, response);
    }
    return response.ok() && "deleted".equals(response.object().get("result").getAsString());
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    OpenSearchClient.Response response = client.send("GET", doc(id), null);
    if (response.status() == 404) {
      return Optional.empty();
    }
    if (!response.ok()) {
      throw OpenSearchClient.failure("read article " + id, response);
    }
    return Optional.of(OpenSearchDocuments.article(response.object().getAsJsonObject("_source")));
  }

  /** Pages through every document sorted by id with {@code search_after}, {@value #PAGE_SIZE} at a time. */
  @Override
  public long forEachArticle(Consumer<Article> sink) throws IOException {
    JsonObject body = new JsonObject();
    body.addProperty("size", PAGE_SIZE);
    body.add("query", JsonParser.parseString("{\"match_all\": {}}"));
    body.add("sort", JsonParser.parseString("[{\"" + Schema.ID + "\": \"asc\"}]"));
    long count = 0;
    while (true) {
      JsonArray hits = client.ok("POST", "/" + index.name() + "/_search", body, "export")
          .getAsJsonObject("hits").getAsJsonArray("hits");
      for (JsonElement hit : hits) {
        sink.accept(OpenSearchDocuments.article(hit.getAsJsonObject().getAsJsonObject("_source")));
        count++;
      }
      if (hits.size() < PAGE_SIZE) {
        return count;
      }
      body.add("search_after", hits.get(hits.size() - 1).getAsJsonObject().get("sort"));
    }
  }

  /** Writes are durable once acknowledged (the cluster's translog); a commit makes them searchable. */
  @Override
  public void commit() throws IOException {
    refresh();
  }

  @Override
  public void refresh() throws IOException {
    client.ok("POST", "/" + index.name() + "/_refresh", null, "refresh");
    dimensions.forget();
  }

  @Override
  public Schema schema() {
    return schema;
  }

  /** Every search runs on the cluster as it is; there is no view to hold. */
  @Override
  public <T> T searching(SearchCall<T> call) throws IOException {
    return call.call(view);
  }

  @Override
  public Optional<SearchResult> related(String id, int size) throws IOException {
    long started = System.nanoTime();
    if (get(id).isEmpty()) {
      return Optional.empty();
    }
    JsonObject response = search(OpenSearchRelated.body(index.name(), id, size));
    return Optional.of(new SearchResult(OpenSearchResults.total(response), (System.nanoTime() - started) / 1_000_000,
        OpenSearchResults.hits(response), Map.of(), null, null, false, null, false));
  }

  @Override
  public List<String> facetDimensions() throws IOException {
    return List.copyOf(dimensions.names());
  }

  /** Autocomplete is built from the embedded index's own phrase postings; a cluster has none. */
  @Override
  public Optional<Completions> autocomplete() {
    return Optional.empty();
  }

  @Override
  public List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) throws IOException {
    if (!dimensions.names().contains(dimension)) {
      throw new InvalidRequestException("dimension", "unknown facet dimension '" + dimension + "'");
    }
    if (dimension.equals(Schema.PUBLISHED)) {
      return List.of();
    }
    JsonObject terms = new JsonObject();
    terms.addProperty("field", OpenSearchMapping.FACET + "." + dimension);
    terms.addProperty("size", limit);
    terms.addProperty("include", caseInsensitivePrefix(prefix));
    JsonObject body = OpenSearchJson.aggregation("values", "terms", terms);
    JsonObject response = search(body);
    return OpenSearchResults.terms(response.getAsJsonObject("aggregations").getAsJsonObject("values")
        .getAsJsonArray("buckets"));
  }

  @Override
  public IndexStats stats() throws IOException {
    JsonObject total = primaries();
    Map<String, List<SearchResult.FacetValue>> top = new LinkedHashMap<>();
    for (String dim : facetDimensions()) {
      top.put(dim, facetValues(dim, "", 5));
    }
    List<String> fields = new ArrayList<>();
    Schema.fields().forEach(field -> fields.add(field.name()));
    return new IndexStats(total.getAsJsonObject("docs").get("count").getAsLong(),
        total.getAsJsonObject("docs").get("deleted").getAsLong(),
        total.getAsJsonObject("segments").get("count").getAsInt(),
        total.getAsJsonObject("store").get("size_in_bytes").getAsLong(), null, fields, top, null);
  }

  /** What the cluster measures; nothing is buffered in this process, and the cluster refreshes on its own. */
  @Override
  public IndexGauges gauges() throws IOException {
    JsonObject total = primaries();
    return new IndexGauges(total.getAsJsonObject("docs").get("count").getAsLong(),
        total.getAsJsonObject("docs").get("deleted").getAsLong(),
        total.getAsJsonObject("segments").get("count").getAsInt(),
        total.getAsJsonObject("store").get("size_in_bytes").getAsLong(), null, false, 0, 0, Duration.ZERO, 0);
  }

  /** Backups of an index on a cluster are the cluster's own snapshots. */
  @Override
  public Optional<Backups> backups() {
    return Optional.empty();
  }

  @Override
  public Optional<Embedding> embedding() {
    return Optional.empty();
  }

  @Override
  public String description() {
    return "the OpenSearch backend";
  }

  @Override
  public String location() {
    return index.location();
  }

  @Override
  public void close() {
    index.close();
  }

  private JsonObject primaries() throws IOException {
    JsonObject stats = client.ok("GET", "/" + index.name() + "/_stats/docs,store,segments", null, "read index stats");
    return stats.getAsJsonObject("_all").getAsJsonObject("primaries");
  }

  private JsonObject search(JsonObject body) throws IOException {
    return OpenSearchView.search(index, body);
  }

  /** A regular expression matching values that start with {@code prefix}, ignoring case. */
  private static String caseInsensitivePrefix(String prefix) {
    StringBuilder regex = new StringBuilder();
    prefix.codePoints().forEach(c -> {
      String lower = Character.toString(Character.toLowerCase(c));
      String upper = Character.toString(Character.toUpperCase(c));
      regex.append(lower.equals(upper) ? escape(lower) : "[" + escape(lower) + escape(upper) + "]");
    });
    return regex.append(".*").toString();
  }

  private static String escape(String character) {
    return Pattern.matches("[A-Za-z0-9]", character) || character.codePointAt(0) > 127 ? character : "\\" + character;
  }

  private JsonObject action(String kind, String id) {
    JsonObject target = new JsonObject();
    target.addProperty("_index", index.name());
    target.addProperty("_id", id);
    JsonObject action = new JsonObject();
    action.add(kind, target);
    return action;
  }

  private String doc(String id) {
    return "/" + index.name() + "/_doc/" + encode(id) + "?refresh=false";
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

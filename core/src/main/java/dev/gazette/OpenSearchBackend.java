package dev.gazette;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.analysis.CountryGazetteer;
import dev.gazette.analysis.EntityExtractor;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.opensearch.OpenSearchClient;
import dev.gazette.opensearch.OpenSearchClient.BulkItem;
import dev.gazette.opensearch.OpenSearchDocuments;
import dev.gazette.opensearch.OpenSearchExplanations;
import dev.gazette.opensearch.OpenSearchIndex;
import dev.gazette.opensearch.OpenSearchMapping;
import dev.gazette.opensearch.OpenSearchQueries;
import dev.gazette.opensearch.OpenSearchResults;
import dev.gazette.search.Clause;
import dev.gazette.search.QueryFactory;
import dev.gazette.search.RequestChecks;
import dev.gazette.search.SearchExecutor;
import dev.gazette.search.Spelling;
import dev.gazette.search.UserQueryParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The OpenSearch backend: articles indexed with {@code _bulk}, searched with Gazette's query
 * translated into OpenSearch's language, scores from global term statistics ({@code
 * dfs_query_then_fetch}) so they match the embedded engine's.
 */
final class OpenSearchBackend implements Backend {
  /** Articles per {@code _bulk} request at most. */
  private static final int BULK_SIZE = 500;
  private static final long DIMENSIONS_TTL_NANOS = Duration.ofSeconds(1).toNanos();
  private static final String SEARCH = "/_search?search_type=dfs_query_then_fetch";

  private final OpenSearchIndex index;
  private final OpenSearchClient client;
  private final OpenSearchDocuments documents;
  private final Schema schema;
  private final OpenSearchQueries queries;
  private volatile Dimensions dimensions;

  /** The known facet dimensions and the query parser knowing them as fields, read at most once a second and after a refresh. */
  private record Dimensions(long readNanos, Set<String> names, UserQueryParser parser) {}

  OpenSearchBackend(OpenSearchIndex index, GazetteConfig config) {
    this.index = index;
    this.client = index.client();
    this.documents = new OpenSearchDocuments(CountryGazetteer.standard(), EntityExtractor.standard());
    this.schema = new Schema(index.analysis(), Synonyms.of(config));
    this.queries = new OpenSearchQueries(schema, config);
  }

  @Override
  public void upsertAll(Collection<Article> articles) throws IOException {
    List<BulkItem> items = new ArrayList<>(Math.min(articles.size(), BULK_SIZE));
    for (Article article : articles) {
      items.add(new BulkItem(action("index", article.id()), documents.source(article)));
      if (items.size() == BULK_SIZE) {
        client.bulk(items);
        items.clear();
      }
    }
    if (!items.isEmpty()) {
      client.bulk(items);
    }
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

  /** Pages through every document sorted by id with {@code search_after}, {@value #BULK_SIZE} at a time. */
  @Override
  public long forEachArticle(Consumer<Article> sink) throws IOException {
    JsonObject body = new JsonObject();
    body.addProperty("size", BULK_SIZE);
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
      if (hits.size() < BULK_SIZE) {
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
    dimensions = null;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    Dimensions known = dimensions();
    RequestChecks.check(request, known.names());
    List<Clause> clauses = known.parser().parseSearch(request.query(), request.prefixLast());
    Long newest = request.sort() == SearchRequest.Sort.RECENCY ? newest() : null;
    JsonObject response = search(queries.search(request, clauses, false, newest));
    long exactTotal = OpenSearchResults.total(response);
    boolean typoTolerant = false;
    if (exactTotal == 0 && request.typoTolerance() && OpenSearchQueries.allowsTypos(clauses)) {
      JsonObject tolerant = search(queries.search(request, clauses, true, newest));
      if (OpenSearchResults.total(tolerant) > 0) {
        response = tolerant;
        typoTolerant = true;
      }
    }
    String didYouMean = request.didYouMean() && exactTotal < SearchExecutor.FEW_RESULTS ? didYouMean(request, clauses, exactTotal, known) : null;
    return OpenSearchResults.result(response, request, (System.nanoTime() - started) / 1_000_000, typoTolerant,
        didYouMean);
  }

  /**
   * A corrected query, as the embedded engine makes one: each plain word no article holds replaced by
   * the closest word the body holds (OpenSearch's term suggester, the same DirectSpellChecker with
   * the same defaults), offered when the correction finds more articles.
   */
  private String didYouMean(SearchRequest request, List<Clause> clauses, long total, Dimensions known)
      throws IOException {
    String corrected = request.query();
    boolean changed = false;
    for (String text : Spelling.correctable(clauses)) {
      String word = schema.exact().normalize(Spelling.FIELD, text).utf8ToString();
      if (word.isEmpty() || count(anyTerm(word, Spelling.FIELD, Spelling.TITLE_FIELD)) > 0) {
        continue;
      }
      JsonObject term = new JsonObject();
      term.addProperty("field", Spelling.FIELD);
      term.addProperty("suggest_mode", "missing");
      term.addProperty("analyzer", OpenSearchMapping.EXACT);
      term.addProperty("size", 1);
      JsonObject suggestion = new JsonObject();
      suggestion.addProperty("text", word);
      suggestion.add("term", term);
      JsonObject suggest = new JsonObject();
      suggest.add("word", suggestion);
      JsonObject body = new JsonObject();
      body.addProperty("size", 0);
      body.add("suggest", suggest);
      JsonArray options = search(body).getAsJsonObject("suggest").getAsJsonArray("word").get(0).getAsJsonObject()
          .getAsJsonArray("options");
      if (!options.isEmpty()) {
        corrected = Spelling.replace(corrected, text, options.get(0).getAsJsonObject().get("text").getAsString());
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    SearchRequest correctedRequest = request.toBuilder().query(corrected).build();
    long found = count(queries.explained(correctedRequest, known.parser().parseSearch(corrected, false), false, null));
    return found > total ? corrected : null;
  }

  private static JsonObject anyTerm(String word, String... fields) {
    JsonArray should = new JsonArray();
    for (String field : fields) {
      JsonObject term = new JsonObject();
      term.addProperty(field, word);
      JsonObject query = new JsonObject();
      query.add("term", term);
      should.add(query);
    }
    JsonObject bool = new JsonObject();
    bool.add("should", should);
    JsonObject query = new JsonObject();
    query.add("bool", bool);
    return query;
  }

  private long count(JsonObject query) throws IOException {
    JsonObject body = new JsonObject();
    body.add("query", query);
    return client.ok("POST", "/" + index.name() + "/_count", body, "count").get("count").getAsLong();
  }

  @Override
  public Optional<SearchResult> related(String id, int size) throws IOException {
    long started = System.nanoTime();
    if (get(id).isEmpty()) {
      return Optional.empty();
    }
    JsonObject like = new JsonObject();
    like.addProperty("_index", index.name());
    like.addProperty("_id", id);
    JsonArray likes = new JsonArray();
    likes.add(like);
    JsonArray fields = new JsonArray();
    fields.add(Schema.TITLE);
    fields.add(Schema.BODY);
    JsonObject mlt = new JsonObject();
    mlt.add("fields", fields);
    mlt.add("like", likes);
    mlt.addProperty("min_term_freq", 1);
    mlt.addProperty("min_doc_freq", 2);
    JsonObject query = new JsonObject();
    query.add("more_like_this", mlt);
    JsonObject body = new JsonObject();
    body.add("query", query);
    body.addProperty("size", size);
    body.addProperty("track_total_hits", true);
    JsonObject response = search(body);
    return Optional.of(new SearchResult(OpenSearchResults.total(response), (System.nanoTime() - started) / 1_000_000,
        OpenSearchResults.hits(response), Map.of(), null, null, false, null, false));
  }

  /**
   * The explanation of the query that ranked {@code id} in {@link #search}, near misses included
   * when only they match, from a search for that one article with {@code dfs_query_then_fetch}: the
   * statistics of every shard, as the hit's score ({@code _explain} would use one shard's).
   */
  @Override
  public Optional<String> explain(SearchRequest request, String id) throws IOException {
    Dimensions known = dimensions();
    RequestChecks.check(request, known.names());
    List<Clause> clauses = known.parser().parseSearch(request.query(), request.prefixLast());
    Long newest = request.sort() == SearchRequest.Sort.RECENCY ? newest() : null;
    boolean typos = QueryFactory.retriesWithTypos(request, clauses)
        && count(queries.explained(request, clauses, false, newest)) == 0;
    return OpenSearchExplanations.of(search(OpenSearchExplanations.body(
        queries.explained(request, clauses, typos, newest), id)));
  }

  @Override
  public List<String> facetDimensions() throws IOException {
    return List.copyOf(dimensions().names());
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit, String preTag, String postTag) {
    throw new UnsupportedFeatureException("autocomplete is not available on the OpenSearch backend");
  }

  @Override
  public List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) throws IOException {
    if (!dimensions().names().contains(dimension)) {
      throw new InvalidRequestException("dimension", "unknown facet dimension '" + dimension + "'");
    }
    if (dimension.equals(Schema.PUBLISHED)) {
      return List.of();
    }
    JsonObject terms = new JsonObject();
    terms.addProperty("field", OpenSearchMapping.FACET + "." + dimension);
    terms.addProperty("size", limit);
    terms.addProperty("include", caseInsensitivePrefix(prefix));
    JsonObject body = aggregation("values", "terms", terms);
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
        total.getAsJsonObject("store").get("size_in_bytes").getAsLong(), null, fields, top);
  }

  /** What the cluster measures; nothing is buffered in this process, and the cluster refreshes on its own. */
  @Override
  public IndexGauges gauges() throws IOException {
    JsonObject total = primaries();
    return new IndexGauges(total.getAsJsonObject("docs").get("count").getAsLong(),
        total.getAsJsonObject("docs").get("deleted").getAsLong(),
        total.getAsJsonObject("segments").get("count").getAsInt(),
        total.getAsJsonObject("store").get("size_in_bytes").getAsLong(), null, false, 0, 0, Duration.ZERO);
  }

  @Override
  public long copyLastCommit(Path target) {
    throw new UnsupportedFeatureException("backups of an OpenSearch index are the cluster's snapshots, not Gazette's");
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
    return client.ok("POST", "/" + index.name() + SEARCH, body, "search");
  }

  /** The newest publication instant in the index, for the recency sort; {@code null} when no article has one. */
  private Long newest() throws IOException {
    JsonObject max = new JsonObject();
    max.addProperty("field", Schema.PUBLISHED);
    JsonElement value = search(aggregation("newest", "max", max)).getAsJsonObject("aggregations")
        .getAsJsonObject("newest").get("value");
    return value == null || value.isJsonNull() ? null : value.getAsLong();
  }

  private static JsonObject aggregation(String name, String type, JsonObject params) {
    JsonObject agg = new JsonObject();
    agg.add(type, params);
    JsonObject aggs = new JsonObject();
    aggs.add(name, agg);
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("aggs", aggs);
    return body;
  }

  private Dimensions dimensions() throws IOException {
    Dimensions known = dimensions;
    if (known != null && System.nanoTime() - known.readNanos() < DIMENSIONS_TTL_NANOS) {
      return known;
    }
    JsonObject mappings = client.ok("GET", "/" + index.name() + "/_mapping", null, "read the mapping");
    Set<String> names = new TreeSet<>(Schema.BUILT_IN_DIMENSIONS);
    for (var indexMapping : mappings.entrySet()) {
      JsonObject properties = indexMapping.getValue().getAsJsonObject().getAsJsonObject("mappings")
          .getAsJsonObject("properties");
      if (properties != null && properties.has(OpenSearchMapping.FACET)) {
        leaves(properties.getAsJsonObject(OpenSearchMapping.FACET), "", names);
      }
    }
    Set<String> fields = new HashSet<>(Schema.TEXT_FIELDS);
    fields.add(Schema.ID);
    fields.addAll(names);
    Dimensions read = new Dimensions(System.nanoTime(), Set.copyOf(names), new UserQueryParser(fields));
    dimensions = read;
    return read;
  }

  /** The keyword fields under an object mapping, as dotted paths. */
  private static void leaves(JsonObject object, String prefix, Set<String> names) {
    JsonObject properties = object.getAsJsonObject("properties");
    if (properties == null) {
      return;
    }
    for (var field : properties.entrySet()) {
      JsonObject mapping = field.getValue().getAsJsonObject();
      if (mapping.has("properties")) {
        leaves(mapping, prefix + field.getKey() + ".", names);
      } else {
        names.add(prefix + field.getKey());
      }
    }
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

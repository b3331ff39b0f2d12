package dev.gazette.opensearch;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.EmbeddingProgress;
import dev.gazette.SearchRequest;
import dev.gazette.UnsupportedFeatureException;
import dev.gazette.analysis.Schema;
import dev.gazette.plan.Matches;
import dev.gazette.plan.QueryPlan;
import dev.gazette.plan.Searchable;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenSearch index as the search pipeline sees it: plans translated ({@link OpenSearchQueries})
 * and run with {@code dfs_query_then_fetch}, so that scores come from the term statistics of every
 * shard as the embedded engine's do; counts, spelling and explanations asked alike. Person
 * aliases are not known here, so requests are searched as asked.
 */
final class OpenSearchView implements Searchable {
  private static final String SEARCH = "/_search?search_type=dfs_query_then_fetch";

  private final OpenSearchIndex index;
  private final OpenSearchQueries queries;
  private final OpenSearchDimensions dimensions;

  OpenSearchView(OpenSearchIndex index, OpenSearchQueries queries, OpenSearchDimensions dimensions) {
    this.index = index;
    this.queries = queries;
    this.dimensions = dimensions;
  }

  @Override
  public Set<String> dimensions() throws IOException {
    return dimensions.names();
  }

  @Override
  public SearchRequest widen(SearchRequest request) {
    return request;
  }

  @Override
  public Matches run(QueryPlan plan) throws IOException {
    if (plan.semantic() != null) {
      throw new UnsupportedFeatureException("search by meaning (mode=semantic or mode=hybrid) is not available on "
          + "the OpenSearch backend, which keeps no vectors: it needs the embedded engine; search with mode=lexical");
    }
    return OpenSearchResults.matches(search(index, queries.search(plan, newest(plan))), plan);
  }

  @Override
  public Optional<EmbeddingProgress> embedding(String model) {
    return Optional.empty();
  }

  @Override
  public long count(QueryPlan plan) throws IOException {
    return count(queries.explained(plan, null));
  }

  @Override
  public boolean holds(String word) throws IOException {
    return count(OpenSearchSpelling.holding(word)) > 0;
  }

  @Override
  public Optional<String> closest(String word, int maxEdits) throws IOException {
    return OpenSearchSpelling.closest(search(index, OpenSearchSpelling.closest(word, maxEdits)));
  }

  /**
   * The explanation from a search for that one article with {@code dfs_query_then_fetch}: the
   * statistics of every shard, as the hit's score ({@code _explain} would use one shard's).
   */
  @Override
  public Optional<String> explain(QueryPlan plan, String id) throws IOException {
    return OpenSearchExplanations.of(search(index, OpenSearchExplanations.body(queries.explained(plan, newest(plan)), id)));
  }

  /** The answer of {@code index} to the {@code _search} {@code body}, scored with every shard's statistics. */
  static JsonObject search(OpenSearchIndex index, JsonObject body) throws IOException {
    return index.client().ok("POST", "/" + index.name() + SEARCH, body, "search");
  }

  private long count(JsonObject query) throws IOException {
    JsonObject body = new JsonObject();
    body.add("query", query);
    return index.client().ok("POST", "/" + index.name() + "/_count", body, "count").get("count").getAsLong();
  }

  /** The newest publication instant in the index when {@code plan} is sorted by recency, else (or when no article has one) {@code null}. */
  private Long newest(QueryPlan plan) throws IOException {
    if (!plan.scoring().recency()) {
      return null;
    }
    JsonObject max = new JsonObject();
    max.addProperty("field", Schema.PUBLISHED);
    JsonElement value = search(index, OpenSearchJson.aggregation("newest", "max", max)).getAsJsonObject("aggregations")
        .getAsJsonObject("newest").get("value");
    return value == null || value.isJsonNull() ? null : value.getAsLong();
  }
}

package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.anyOf;
import static dev.gazette.opensearch.OpenSearchJson.array;
import static dev.gazette.opensearch.OpenSearchJson.single;
import static dev.gazette.opensearch.OpenSearchJson.strings;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.analysis.Schema;
import dev.gazette.highlight.SnippetHighlighter;
import dev.gazette.search.Clause;
import dev.gazette.search.Clause.Kind;
import dev.gazette.search.ClauseGroups;
import dev.gazette.index.HitFields;
import dev.gazette.search.Cursor;
import dev.gazette.search.Expansion;
import dev.gazette.search.FilterPlan;
import dev.gazette.search.QueryFactory;
import dev.gazette.search.SynonymSpans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Gazette's search in OpenSearch's query language, clause by clause as core's {@link QueryFactory}
 * builds it: per word a {@code dis_max} (tie breaker 0.3) of {@code match_phrase} queries over the
 * weighted text fields with the synonym-aware English analyzer; quoted phrases and prefixes on the
 * unstemmed {@code .exact} fields; words OR-ed in a group together; exclusions as {@code must_not};
 * the proximity bonus as a {@code should}; multi-word synonyms joined first as core joins them;
 * near misses as {@code fuzzy} queries when typo tolerance retries. Facets are {@code terms}
 * aggregations (dates: a daily {@code date_histogram}) each under the filters of the other
 * dimensions, with the filters themselves as {@code post_filter}: multi-select facets as Lucene's
 * drill-sideways counts them. Hits are sorted as core sorts them (ending on the id), paged with
 * {@code from} or {@code search_after}, and highlighted with the same tags and passage length.
 */
public final class OpenSearchQueries {
  /** The aggregation counting the matches per day for the timeline. */
  public static final String TIMELINE = "timeline";
  /** Prefix of the aggregation counting one facet dimension. */
  public static final String FACET_AGG = "facet:";
  /** Name of the inner aggregation of each filtered one. */
  public static final String VALUES = "values";
  private static final float TIE_BREAKER = 0.3f;
  private static final int PROXIMITY_SLOP = 3;
  private static final List<String> HIGHLIGHTED = List.of(Schema.TITLE, Schema.BODY);
  private static final int ONE_TYPO = 5;
  private static final int TWO_TYPOS = 9;
  private static final float TYPO_WEIGHT = 0.5f;
  private static final int MAX_BODY_PASSAGES = 3;

  private final Schema schema;
  private final SynonymSpans synonymSpans;
  private final Map<String, Float> weights = new LinkedHashMap<>();
  private final List<String> weighted;
  private final float proximityBoost;
  private final double recencyHalfLifeMs;
  private final long timeoutMs;
  private final QueryFactory budget;

  /** Queries for an index of {@code schema}, weighted as {@code config} says. */
  public OpenSearchQueries(Schema schema, GazetteConfig config) {
    this.schema = schema;
    this.synonymSpans = new SynonymSpans(schema.queryExact());
    weights.put(Schema.TITLE, config.ranking().titleBoost());
    weights.put(Schema.HAIKU, config.ranking().haikuBoost());
    weights.put(Schema.BODY, config.ranking().bodyBoost());
    weights.put(Schema.REFERENCES, config.ranking().referencesBoost());
    this.weighted = List.copyOf(weights.keySet());
    this.proximityBoost = config.ranking().proximityBoost();
    this.recencyHalfLifeMs = config.ranking().recencyHalfLifeDays() * 86_400_000d;
    this.timeoutMs = config.operations().searchTimeoutMs();
    this.budget = new QueryFactory(schema, new FacetsConfig(), config);
  }

  /**
   * The {@code _search} body of {@code request} whose query parsed to {@code clauses}: one hit more
   * than the page, to tell whether another follows.
   *
   * @param typos whether plain words also match near misses
   * @param newestMillis the newest publication in the index, for the recency sort, or {@code null}
   */
  public JsonObject search(SearchRequest request, List<Clause> clauses, boolean typos, Long newestMillis) {
    FilterPlan plan = FilterPlan.of(request.filters());
    JsonObject body = new JsonObject();
    body.add("query", filtered(scored(ranking(clauses, request.operator(), typos), request, newestMillis), request, plan));
    body.add("post_filter", OpenSearchFilters.selections(plan, null));
    FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor(), request.sort());
    if (after == null) {
      body.addProperty("from", (request.page() - 1) * request.size());
    } else {
      JsonArray searchAfter = new JsonArray();
      searchAfter.add(new JsonPrimitive((Number) after.fields[0]));
      searchAfter.add(((BytesRef) after.fields[1]).utf8ToString());
      body.add("search_after", searchAfter);
    }
    body.addProperty("size", request.size() + 1);
    body.addProperty("track_total_hits", true);
    body.addProperty("timeout", timeoutMs + "ms");
    body.add("sort", OpenSearchSort.of(request.sort()));
    body.add("_source", source(request.fields()));
    JsonObject aggs = OpenSearchFacets.aggregations(request, plan);
    if (!aggs.isEmpty()) {
      body.add("aggs", aggs);
    }
    if (request.highlight()) {
      body.add("highlight", highlight(clauses, typos, request));
    }
    return body;
  }

  /** The query of {@code request} (ranking, near misses if {@code typos}, dates and facet filters), scoring as {@link #search}. */
  public JsonObject explained(SearchRequest request, List<Clause> clauses, boolean typos, Long newestMillis) {
    FilterPlan plan = FilterPlan.of(request.filters());
    JsonObject query = filtered(scored(ranking(clauses, request.operator(), typos), request, newestMillis), request, plan);
    JsonObject withFilters = new JsonObject();
    withFilters.add("must", array(query));
    withFilters.add("filter", array(OpenSearchFilters.selections(plan, null)));
    return wrap("bool", withFilters);
  }

  /** True when {@code clauses} are plain words only, the queries typo tolerance applies to. */
  public static boolean allowsTypos(List<Clause> clauses) {
    return QueryFactory.allowsTypos(clauses);
  }

  /** Relevance times freshness ({@code 1 + 0.5^(age / halfLife)}) for the recency sort, as core's recency boost. */
  private JsonObject scored(JsonObject ranking, SearchRequest request, Long newestMillis) {
    if (request.sort() != SearchRequest.Sort.RECENCY || newestMillis == null) {
      return ranking;
    }
    JsonObject decay = new JsonObject();
    decay.addProperty("origin", Long.toString(newestMillis));
    decay.addProperty("scale", Math.round(recencyHalfLifeMs) + "ms");
    decay.addProperty("decay", 0.5);
    JsonObject exp = new JsonObject();
    exp.add("exp", single(Schema.PUBLISHED, decay));
    exp.add("filter", wrap("exists", single("field", new JsonPrimitive(Schema.PUBLISHED))));
    JsonObject one = new JsonObject();
    one.addProperty("weight", 1);
    JsonObject functionScore = new JsonObject();
    functionScore.add("query", ranking);
    JsonArray functions = new JsonArray();
    functions.add(one);
    functions.add(exp);
    functionScore.add("functions", functions);
    functionScore.addProperty("score_mode", "sum");
    functionScore.addProperty("boost_mode", "multiply");
    return wrap("function_score", functionScore);
  }

  /** The fields a hit's {@code _source} brings: the summary, plus each asked field (a facet dimension under {@code facet}). */
  private static JsonArray source(List<String> fields) {
    JsonArray source = strings(Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.HAIKU);
    fields.forEach(field -> source.add(HitFields.STORED.contains(field) ? field : OpenSearchMapping.FACET + "." + field));
    return source;
  }

  /** {@code query} within the request's publication dates and the narrowing filters of {@code plan}. */
  private static JsonObject filtered(JsonObject query, SearchRequest request, FilterPlan plan) {
    if (request.from() == null && request.to() == null && plan.narrowing().isEmpty()) {
      return query;
    }
    JsonArray filters = new JsonArray();
    plan.narrowing().forEach(filter -> filters.add(OpenSearchFilters.of(filter)));
    JsonObject bool = new JsonObject();
    bool.add("must", array(query));
    bool.add("filter", filters);
    if (request.from() == null && request.to() == null) {
      return wrap("bool", bool);
    }
    JsonObject range = new JsonObject();
    if (request.from() != null) {
      range.addProperty("gte", request.from().toEpochMilli());
    }
    if (request.to() != null) {
      range.addProperty("lte", request.to().toEpochMilli());
    }
    range.addProperty("format", "epoch_millis");
    filters.add(wrap("range", single(Schema.PUBLISHED, range)));
    return wrap("bool", bool);
  }

  /** The plain word {@code clause} searched in the unstemmed fields that keep stop words, or {@code null}. */
  private JsonObject acrossExactFields(Clause clause) {
    List<JsonObject> perField = new ArrayList<>();
    for (String field : weighted) {
      if (analyzes(schema.queryExact(), field + Schema.EXACT, clause.text())) {
        perField.add(matchPhrase(field + Schema.EXACT, clause.text(), OpenSearchMapping.EXACT_QUERY,
            weights.get(field), 0));
      }
    }
    return perField.isEmpty() ? null : disMax(perField, TIE_BREAKER);
  }

  /**
   * The ranking query, its near misses expanded as far as core's clause budget lets
   * the same Lucene query expand ({@link QueryFactory#expansion}), so both engines decide alike.
   */
  private JsonObject ranking(List<Clause> parsed, Operator operator, boolean typos) {
    Expansion expansion = budget.expansion(parsed, operator, typos);
    ClauseGroups<JsonObject> grouped = ClauseGroups.of(synonymSpans.merge(parsed),
        clause -> clauseQuery(clause, weighted, true, typos && !clause.excluded(), expansion),
        this::acrossExactFields);
    List<JsonObject> excluded = grouped.excluded();
    JsonObject bool = new JsonObject();
    JsonArray required = new JsonArray();
    grouped.groups().forEach(alternatives -> required.add(anyOf(alternatives)));
    String occur = operator == Operator.AND ? "must" : "should";
    if (grouped.groups().isEmpty()) {
      required.add(wrap("match_all", new JsonObject()));
      occur = "must";
    }
    bool.add(occur, required);
    if (!excluded.isEmpty()) {
      JsonArray not = new JsonArray();
      excluded.forEach(not::add);
      bool.add("must_not", not);
    }
    JsonObject proximity = expansion.proximity() ? proximity(parsed) : null;
    if (proximity != null) {
      JsonArray should = bool.has("should") ? bool.getAsJsonArray("should") : new JsonArray();
      should.add(proximity);
      bool.add("should", should);
    }
    return wrap("bool", bool);
  }

  private JsonObject highlight(List<Clause> parsed, boolean typos, SearchRequest request) {
    Expansion expansion = budget.highlightExpansion(parsed, typos);
    List<JsonObject> positive = new ArrayList<>();
    for (Clause clause : synonymSpans.merge(parsed)) {
      if (!clause.excluded()) {
        JsonObject query = clauseQuery(clause, HIGHLIGHTED, false, typos, expansion);
        if (query != null) {
          positive.add(query);
        }
      }
    }
    JsonObject title = new JsonObject();
    title.addProperty("number_of_fragments", 0);
    JsonObject body = new JsonObject();
    body.addProperty("fragment_size", SnippetHighlighter.PASSAGE_LENGTH);
    body.addProperty("number_of_fragments", MAX_BODY_PASSAGES);
    body.addProperty("no_match_size", SnippetHighlighter.PASSAGE_LENGTH);
    JsonObject fields = new JsonObject();
    fields.add(Schema.TITLE, title);
    fields.add(Schema.BODY, body);
    JsonObject highlight = new JsonObject();
    highlight.addProperty("type", "unified");
    highlight.addProperty("encoder", "html");
    highlight.add("pre_tags", strings(request.preTag()));
    highlight.add("post_tags", strings(request.postTag()));
    highlight.add("fields", fields);
    highlight.add("highlight_query", positive.isEmpty() ? wrap("match_none", new JsonObject()) : anyOf(positive));
    return highlight;
  }

  /** The query of one clause over {@code textFields}, or {@code null} when it analyzes to nothing there. */
  private JsonObject clauseQuery(Clause clause, List<String> textFields, boolean weighted, boolean typos,
      Expansion expansion) {
    if (clause.field() == null) {
      JsonObject exact = acrossFields(clause, textFields, weighted);
      JsonObject fuzzy = typos && clause.kind() == Kind.WORD ? typoTolerant(clause, textFields, weighted, expansion)
          : null;
      return fuzzy == null ? exact : exact == null ? fuzzy : anyOf(List.of(exact, fuzzy));
    }
    if (Schema.TEXT_FIELDS.contains(clause.field())) {
      return textFields.contains(clause.field())
          ? acrossFields(clause, List.of(clause.field()), weighted)
          : null;
    }
    if (!weighted) {
      return null;
    }
    if (clause.field().equals(Schema.ID)) {
      return wrap("term", single(Schema.ID, new JsonPrimitive(clause.text())));
    }
    return OpenSearchFilters.facetValue(clause.field(), clause.text());
  }

  /** The clause over {@code fields}, or {@code null} when it analyzes to nothing. */
  private JsonObject acrossFields(Clause clause, List<String> fields, boolean weighted) {
    List<JsonObject> perField = new ArrayList<>();
    for (String field : fields) {
      String target = weighted && clause.kind() != Kind.WORD ? field + Schema.EXACT : field;
      boolean exact = target.endsWith(Schema.EXACT);
      float boost = weighted ? weights.get(field) : 1f;
      Analyzer analyzer = exact ? schema.queryExact() : schema.queryEnglish();
      JsonObject query;
      if (clause.kind() == Kind.PREFIX) {
        String normalized = analyzer.normalize(target, clause.text()).utf8ToString();
        query = normalized.isEmpty() ? null : prefix(target, normalized, boost);
      } else {
        query = analyzes(analyzer, target, clause.text())
            ? matchPhrase(target, clause.text(), exact ? OpenSearchMapping.EXACT_QUERY : OpenSearchMapping.ENGLISH_QUERY,
                boost, 0)
            : null;
      }
      if (query != null) {
        perField.add(query);
      }
    }
    return perField.isEmpty() ? null : disMax(perField, TIE_BREAKER);
  }

  /** The word's near misses, or {@code null} when it is too short for typos. */
  private JsonObject typoTolerant(Clause clause, List<String> fields, boolean weighted, Expansion expansion) {
    String word = schema.exact().normalize(Schema.BODY + Schema.EXACT, clause.text()).utf8ToString();
    int letters = word.codePointCount(0, word.length());
    int edits = letters >= TWO_TYPOS ? 2 : letters >= ONE_TYPO ? 1 : 0;
    if (edits == 0 || word.contains(" ")) {
      return null;
    }
    List<JsonObject> perField = new ArrayList<>();
    for (String field : fields) {
      JsonObject fuzzy = new JsonObject();
      fuzzy.addProperty("value", word);
      fuzzy.addProperty("fuzziness", edits);
      fuzzy.addProperty("prefix_length", 1);
      if (expansion.constantScore()) {
        fuzzy.addProperty("rewrite", "constant_score");
      } else {
        fuzzy.addProperty("max_expansions", expansion.fuzzyTerms());
      }
      if (weighted) {
        fuzzy.addProperty("boost", weights.get(field) * TYPO_WEIGHT);
      }
      perField.add(wrap("fuzzy", single(weighted ? field + Schema.EXACT : field, fuzzy)));
    }
    return disMax(perField, TIE_BREAKER);
  }

  /** A bonus for articles where the plain query words stand close together in title or body. */
  private JsonObject proximity(List<Clause> clauses) {
    if (proximityBoost == 0) {
      return null;
    }
    String text = QueryFactory.proximityText(clauses);
    if (text == null) {
      return null;
    }
    QueryBuilder builder = new QueryBuilder(schema.english());
    List<JsonObject> perField = new ArrayList<>();
    for (String field : HIGHLIGHTED) {
      Query phrase = builder.createPhraseQuery(field, text, PROXIMITY_SLOP);
      if (phrase != null && !(phrase instanceof TermQuery)) {
        perField.add(matchPhrase(field, text, OpenSearchMapping.ENGLISH, weights.get(field), PROXIMITY_SLOP));
      }
    }
    if (perField.isEmpty()) {
      return null;
    }
    JsonArray queries = new JsonArray();
    perField.forEach(queries::add);
    JsonObject params = new JsonObject();
    params.add("queries", queries);
    params.addProperty("tie_breaker", 0f);
    params.addProperty("boost", proximityBoost);
    return wrap("dis_max", params);
  }

  private static boolean analyzes(Analyzer analyzer, String field, String text) {
    return new QueryBuilder(analyzer).createPhraseQuery(field, text) != null;
  }

  private static JsonObject matchPhrase(String field, String text, String analyzer, float boost, int slop) {
    JsonObject params = new JsonObject();
    params.addProperty("query", text);
    params.addProperty("analyzer", analyzer);
    if (slop > 0) {
      params.addProperty("slop", slop);
    }
    if (boost != 1f) {
      params.addProperty("boost", boost);
    }
    return wrap("match_phrase", single(field, params));
  }

  /** Every word beginning with {@code value}, at one constant score, as core's prefixes ({@link Expansion}). */
  private static JsonObject prefix(String field, String value, float boost) {
    JsonObject params = new JsonObject();
    params.addProperty("value", value);
    params.addProperty("rewrite", "constant_score");
    if (boost != 1f) {
      params.addProperty("boost", boost);
    }
    return wrap("prefix", single(field, params));
  }

  private static JsonObject disMax(List<JsonObject> queries, float tieBreaker) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    JsonArray array = new JsonArray();
    queries.forEach(array::add);
    JsonObject params = new JsonObject();
    params.add("queries", array);
    params.addProperty("tie_breaker", tieBreaker);
    return wrap("dis_max", params);
  }

}

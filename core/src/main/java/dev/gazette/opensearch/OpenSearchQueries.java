package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.anyOf;
import static dev.gazette.opensearch.OpenSearchJson.array;
import static dev.gazette.opensearch.OpenSearchJson.single;
import static dev.gazette.opensearch.OpenSearchJson.strings;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.gazette.Filter;
import dev.gazette.GazetteConfig;
import dev.gazette.analysis.Schema;
import dev.gazette.highlight.SnippetHighlighter;
import dev.gazette.index.HitFields;
import dev.gazette.plan.Match;
import dev.gazette.plan.QueryPlan;
import dev.gazette.search.Cursor;
import dev.gazette.search.FilterPlan;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A query plan ({@link QueryPlan}) in OpenSearch's query language, node for node as core's Lucene
 * translation builds it: phrases as {@code match_phrase} with the analyzer the plan names,
 * prefixes and near misses as {@code prefix} and {@code fuzzy} queries expanded as the plan says,
 * a facet value as a {@code term} on the drill-down terms, {@code dis_max} and {@code bool} as they
 * stand. Facets are {@code terms} aggregations (dates: a
 * daily {@code date_histogram}) each under the filters of the other dimensions, with the filters
 * themselves as {@code post_filter}: multi-select facets as Lucene's drill-sideways counts them.
 * Hits are sorted as core sorts them (ending on the id), paged with {@code from} or {@code
 * search_after}, and highlighted with the same tags and passage length. It decides nothing.
 */
public final class OpenSearchQueries {
  private final long timeoutMs;

  /** Searches given up after {@code config}'s time budget. */
  public OpenSearchQueries(GazetteConfig config) {
    this.timeoutMs = config.operations().searchTimeoutMs();
  }

  /**
   * The {@code _search} body of {@code plan}: one hit more than the page, to tell whether another
   * follows.
   *
   * @param newestMillis the newest publication in the index, for the recency sort, or {@code null}
   */
  public JsonObject search(QueryPlan plan, Long newestMillis) {
    FilterPlan filters = plan.within().filters();
    QueryPlan.Page page = plan.page();
    JsonObject body = new JsonObject();
    body.add("query", filtered(scored(query(plan.ranking()), plan.scoring(), newestMillis), plan.within()));
    body.add("post_filter", OpenSearchFilters.selections(filters, null));
    FieldDoc after = page.cursor() == null ? null : Cursor.decode(page.cursor(), page.sort());
    if (after == null) {
      body.addProperty("from", page.offset());
    } else {
      JsonArray searchAfter = new JsonArray();
      searchAfter.add(new JsonPrimitive((Number) after.fields[0]));
      searchAfter.add(((BytesRef) after.fields[1]).utf8ToString());
      body.add("search_after", searchAfter);
    }
    body.addProperty("size", page.size() + 1);
    body.addProperty("track_total_hits", true);
    body.addProperty("timeout", timeoutMs + "ms");
    body.add("sort", OpenSearchSort.of(page.sort()));
    body.add("_source", source(plan.shown().fields()));
    JsonObject aggs = OpenSearchFacets.aggregations(plan.shown(), filters);
    if (!aggs.isEmpty()) {
      body.add("aggs", aggs);
    }
    if (plan.shown().tags() != null) {
      body.add("highlight", highlight(plan.highlight(), plan.shown().tags()));
    }
    return body;
  }

  /** The query of {@code plan} (ranking, dates and facet filters), scoring as {@link #search}. */
  public JsonObject explained(QueryPlan plan, Long newestMillis) {
    JsonObject query = filtered(scored(query(plan.ranking()), plan.scoring(), newestMillis), plan.within());
    JsonObject withFilters = new JsonObject();
    withFilters.add("must", array(query));
    withFilters.add("filter", array(OpenSearchFilters.selections(plan.within().filters(), null)));
    return wrap("bool", withFilters);
  }

  /** The query of one node of a plan. */
  static JsonObject query(Match match) {
    return switch (match) {
      case Match.Phrase phrase -> {
        JsonObject params = new JsonObject();
        params.addProperty("query", phrase.text());
        params.addProperty("analyzer", analyzer(phrase.analysis()));
        if (phrase.slop() > 0) {
          params.addProperty("slop", phrase.slop());
        }
        yield wrap("match_phrase", single(phrase.field(), boosted(params, phrase.boost())));
      }
      case Match.Prefix prefix -> {
        JsonObject params = new JsonObject();
        params.addProperty("value", prefix.prefix());
        params.addProperty("rewrite", "constant_score");
        yield wrap("prefix", single(prefix.field(), boosted(params, prefix.boost())));
      }
      case Match.Fuzzy fuzzy -> {
        JsonObject params = new JsonObject();
        params.addProperty("value", fuzzy.word());
        params.addProperty("fuzziness", fuzzy.edits());
        params.addProperty("prefix_length", fuzzy.prefixLength());
        if (fuzzy.constantScore()) {
          params.addProperty("rewrite", "constant_score");
        } else {
          params.addProperty("max_expansions", fuzzy.maxTerms());
        }
        yield wrap("fuzzy", single(fuzzy.field(), boosted(params, fuzzy.boost())));
      }
      case Match.Term term -> wrap("term", single(term.field(), new JsonPrimitive(term.value())));
      case Match.FacetValue value -> wrap("term", single(OpenSearchMapping.FACET_TERMS, new JsonPrimitive(value.drillDownTerm())));
      case Match.DisMax disMax -> disMax(disMax);
      case Match.AnyOf any -> anyOf(any.alternatives().stream().map(OpenSearchQueries::query).toList());
      case Match.Bool bool -> {
        JsonObject params = new JsonObject();
        add(params, "must", bool.must());
        add(params, "should", bool.should());
        add(params, "must_not", bool.mustNot());
        yield wrap("bool", params);
      }
      case Match.All all -> wrap("match_all", new JsonObject());
    };
  }

  private static JsonObject disMax(Match.DisMax disMax) {
    if (disMax.alternatives().size() == 1 && disMax.boost() == 1f) {
      return query(disMax.alternatives().get(0));
    }
    JsonObject params = new JsonObject();
    params.add("queries", queries(disMax.alternatives()));
    params.addProperty("tie_breaker", disMax.tieBreaker());
    return wrap("dis_max", boosted(params, disMax.boost()));
  }

  private static void add(JsonObject bool, String occur, List<Match> matches) {
    if (!matches.isEmpty()) {
      bool.add(occur, queries(matches));
    }
  }

  private static JsonArray queries(List<Match> matches) {
    JsonArray array = new JsonArray();
    matches.forEach(match -> array.add(query(match)));
    return array;
  }

  private static JsonObject boosted(JsonObject params, float boost) {
    if (boost != 1f) {
      params.addProperty("boost", boost);
    }
    return params;
  }

  /** The analyzer of the mapping that applies {@code analysis}. */
  private static String analyzer(Match.Analysis analysis) {
    return switch (analysis) {
      case ENGLISH_QUERY -> OpenSearchMapping.ENGLISH_QUERY;
      case EXACT_QUERY -> OpenSearchMapping.EXACT_QUERY;
      case ENGLISH -> OpenSearchMapping.ENGLISH;
      case EXACT -> OpenSearchMapping.EXACT;
    };
  }

  /** Relevance times freshness ({@code 1 + 0.5^(age / halfLife)}) for the recency sort, as core's recency boost. */
  private static JsonObject scored(JsonObject ranking, QueryPlan.Scoring scoring, Long newestMillis) {
    if (!scoring.recency() || newestMillis == null) {
      return ranking;
    }
    JsonObject decay = new JsonObject();
    decay.addProperty("origin", Long.toString(newestMillis));
    decay.addProperty("scale", Math.round(scoring.recencyHalfLifeDays() * 86_400_000d) + "ms");
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

  /** {@code query} within the plan's publication dates and narrowing filters. */
  private static JsonObject filtered(JsonObject query, QueryPlan.Within within) {
    List<Filter> narrowing = within.filters().narrowing();
    if (!within.dated() && narrowing.isEmpty()) {
      return query;
    }
    JsonArray filters = new JsonArray();
    narrowing.forEach(filter -> filters.add(OpenSearchFilters.of(filter)));
    JsonObject bool = new JsonObject();
    bool.add("must", array(query));
    bool.add("filter", filters);
    if (!within.dated()) {
      return wrap("bool", bool);
    }
    JsonObject range = new JsonObject();
    if (within.from() != null) {
      range.addProperty("gte", within.from().toEpochMilli());
    }
    if (within.to() != null) {
      range.addProperty("lte", within.to().toEpochMilli());
    }
    range.addProperty("format", "epoch_millis");
    filters.add(wrap("range", single(Schema.PUBLISHED, range)));
    return wrap("bool", bool);
  }

  private static JsonObject highlight(Match words, QueryPlan.Tags tags) {
    JsonObject title = new JsonObject();
    title.addProperty("number_of_fragments", 0);
    JsonObject body = new JsonObject();
    body.addProperty("fragment_size", SnippetHighlighter.PASSAGE_LENGTH);
    body.addProperty("number_of_fragments", SnippetHighlighter.MAX_BODY_PASSAGES);
    body.addProperty("no_match_size", SnippetHighlighter.PASSAGE_LENGTH);
    JsonObject fields = new JsonObject();
    fields.add(Schema.TITLE, title);
    fields.add(Schema.BODY, body);
    JsonObject highlight = new JsonObject();
    highlight.addProperty("type", "unified");
    highlight.addProperty("encoder", "html");
    highlight.add("pre_tags", strings(tags.pre()));
    highlight.add("post_tags", strings(tags.post()));
    highlight.add("fields", fields);
    highlight.add("highlight_query", words == null ? wrap("match_none", new JsonObject()) : query(words));
    return highlight;
  }
}

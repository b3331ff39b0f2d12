package dev.gazette.bench.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.engine.Variant;
import dev.gazette.bench.lucene.ParsedQueries;
import dev.gazette.search.Clause;
import dev.gazette.search.Clause.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Gazette's ranking query in OpenSearch's query language, clause by clause as Gazette's query
 * factory builds it: per word a {@code dis_max} (tie breaker 0.3) of {@code match_phrase} queries
 * over title ×3, haiku ×1.5, body ×1 and references ×0.5 with the synonym-aware English analyzer;
 * quoted phrases on the unstemmed {@code .exact} fields; words OR-ed in a group together;
 * exclusions as {@code must_not}; and the proximity bonus (the plain words within three positions
 * in title or body) as a {@code should}. Words that analyze to nothing (stop words) are dropped as
 * Gazette drops them, a query of stop words alone searched in the exact fields. Gazette also joins
 * multi-word synonyms typed as separate words ({@code united states}) into one clause; this does
 * not, which changes two of the 962 benchmark queries.
 */
public final class OpenSearchQueries {
  private static final float TIE_BREAKER = 0.3f;
  private static final int PROXIMITY_SLOP = 3;
  private static final List<String> HIGHLIGHTED = List.of("title", "body");

  private final ParsedQueries parser;
  private final Schema schema;
  private final Map<String, Float> weights = new LinkedHashMap<>();
  private final float proximityBoost;

  /** Queries weighted as {@code config} says. */
  public OpenSearchQueries(GazetteConfig config) {
    this.parser = new ParsedQueries(config);
    this.schema = new Schema(AnalysisSettings.of(config), Synonyms.of(config));
    weights.put("title", config.titleBoost());
    weights.put("haiku", config.haikuBoost());
    weights.put("body", config.bodyBoost());
    weights.put("references", config.referencesBoost());
    this.proximityBoost = config.proximityBoost();
  }

  /** The {@code _search} body for {@code query} in {@code variant}: top ten, exact total, the fields a hit shows. */
  public JsonObject search(BenchQuery query, Variant variant) {
    List<Clause> clauses = parser.clauses(query.text());
    JsonObject body = new JsonObject();
    body.add("query", ranking(clauses, query.operator()));
    body.addProperty("size", 10);
    body.addProperty("track_total_hits", true);
    JsonArray source = new JsonArray();
    List.of("id", "title", "published", "haiku").forEach(source::add);
    body.add("_source", source);
    if (variant.facets()) {
      JsonObject aggs = new JsonObject();
      for (String dim : Variant.FACET_DIMENSIONS) {
        JsonObject terms = new JsonObject();
        terms.addProperty("field", dim);
        terms.addProperty("size", 10);
        aggs.add(dim, wrap("terms", terms));
      }
      body.add("aggs", aggs);
    }
    if (variant.highlight()) {
      body.add("highlight", highlight(clauses));
    }
    return body;
  }

  private JsonObject ranking(List<Clause> clauses, Operator operator) {
    Map<Integer, List<JsonObject>> groups = new LinkedHashMap<>();
    List<JsonObject> excluded = new ArrayList<>();
    List<Clause> stopWordsOnly = new ArrayList<>();
    for (Clause clause : clauses) {
      JsonObject query = acrossFields(clause, weights.keySet(), true);
      if (query == null) {
        if (clause.kind() == Kind.WORD && !clause.excluded()) {
          stopWordsOnly.add(clause);
        }
      } else if (clause.excluded()) {
        excluded.add(query);
      } else {
        groups.computeIfAbsent(clause.group(), g -> new ArrayList<>()).add(query);
      }
    }
    if (groups.isEmpty()) {
      for (Clause clause : stopWordsOnly) {
        List<JsonObject> perField = new ArrayList<>();
        for (String field : weights.keySet()) {
          if (analyzes(schema.queryExact(), field + Schema.EXACT, clause.text())) {
            perField.add(matchPhrase(field + Schema.EXACT, clause.text(), "exact_query", weights.get(field), 0));
          }
        }
        if (!perField.isEmpty()) {
          groups.computeIfAbsent(clause.group(), g -> new ArrayList<>()).add(disMax(perField, TIE_BREAKER));
        }
      }
    }
    JsonObject bool = new JsonObject();
    String occur = operator == Operator.AND ? "must" : "should";
    JsonArray required = new JsonArray();
    groups.values().forEach(alternatives -> required.add(anyOf(alternatives)));
    if (groups.isEmpty()) {
      required.add(wrap("match_all", new JsonObject()));
      occur = "must";
    }
    bool.add(occur, required);
    if (!excluded.isEmpty()) {
      JsonArray not = new JsonArray();
      excluded.forEach(not::add);
      bool.add("must_not", not);
    }
    JsonObject proximity = proximity(clauses);
    if (proximity != null) {
      JsonArray should = bool.has("should") ? bool.getAsJsonArray("should") : new JsonArray();
      should.add(proximity);
      bool.add("should", should);
    }
    return wrap("bool", bool);
  }

  private JsonObject highlight(List<Clause> clauses) {
    List<JsonObject> positive = new ArrayList<>();
    for (Clause clause : clauses) {
      if (!clause.excluded()) {
        JsonObject query = acrossFields(clause, HIGHLIGHTED, false);
        if (query != null) {
          positive.add(query);
        }
      }
    }
    JsonObject title = new JsonObject();
    title.addProperty("number_of_fragments", 0);
    JsonObject body = new JsonObject();
    body.addProperty("fragment_size", 160);
    body.addProperty("number_of_fragments", 3);
    body.addProperty("no_match_size", 160);
    JsonObject fields = new JsonObject();
    fields.add("title", title);
    fields.add("body", body);
    JsonObject highlight = new JsonObject();
    highlight.addProperty("type", "unified");
    highlight.addProperty("encoder", "html");
    highlight.add("pre_tags", strings("<mark>"));
    highlight.add("post_tags", strings("</mark>"));
    highlight.add("fields", fields);
    if (!positive.isEmpty()) {
      highlight.add("highlight_query", anyOf(positive));
    }
    return highlight;
  }

  /** The clause over {@code fields}, or {@code null} when it analyzes to nothing. */
  private JsonObject acrossFields(Clause clause, Iterable<String> fields, boolean weighted) {
    List<JsonObject> perField = new ArrayList<>();
    for (String field : fields) {
      String target = weighted && clause.kind() != Kind.WORD ? field + Schema.EXACT : field;
      boolean exact = target.endsWith(Schema.EXACT);
      float boost = weighted ? weights.get(field) : 1f;
      JsonObject query;
      if (clause.kind() == Kind.PREFIX) {
        String normalized = schema.queryExact().normalize(target, clause.text()).utf8ToString();
        query = normalized.isEmpty() ? null : prefix(target, normalized, boost);
      } else {
        boolean matches = analyzes(exact ? schema.queryExact() : schema.queryEnglish(), target, clause.text());
        query = matches ? matchPhrase(target, clause.text(), exact ? "exact_query" : "english_query", boost, 0) : null;
      }
      if (query != null) {
        perField.add(query);
      }
    }
    return perField.isEmpty() ? null : disMax(perField, TIE_BREAKER);
  }

  private JsonObject proximity(List<Clause> clauses) {
    if (proximityBoost == 0) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (Clause clause : clauses) {
      if (clause.kind() == Kind.WORD && clause.field() == null && !clause.excluded()) {
        words.add(clause.text());
      }
    }
    if (words.size() < 2) {
      return null;
    }
    String text = String.join(" ", words);
    QueryBuilder builder = new QueryBuilder(schema.english());
    List<JsonObject> perField = new ArrayList<>();
    for (String field : HIGHLIGHTED) {
      Query phrase = builder.createPhraseQuery(field, text, PROXIMITY_SLOP);
      if (phrase != null && !(phrase instanceof TermQuery)) {
        perField.add(matchPhrase(field, text, "english", weights.get(field), PROXIMITY_SLOP));
      }
    }
    if (perField.isEmpty()) {
      return null;
    }
    JsonObject disMax = disMax(perField, 0f);
    if (perField.size() > 1) {
      disMax.getAsJsonObject("dis_max").addProperty("boost", proximityBoost);
    }
    return disMax;
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
    JsonObject onField = new JsonObject();
    onField.add(field, params);
    return wrap("match_phrase", onField);
  }

  private static JsonObject prefix(String field, String value, float boost) {
    JsonObject params = new JsonObject();
    params.addProperty("value", value);
    if (boost != 1f) {
      params.addProperty("boost", boost);
    }
    JsonObject onField = new JsonObject();
    onField.add(field, params);
    return wrap("prefix", onField);
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

  private static JsonObject anyOf(List<JsonObject> alternatives) {
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    JsonArray should = new JsonArray();
    alternatives.forEach(should::add);
    JsonObject bool = new JsonObject();
    bool.add("should", should);
    return wrap("bool", bool);
  }

  private static JsonObject wrap(String name, JsonObject inner) {
    JsonObject outer = new JsonObject();
    outer.add(name, inner);
    return outer;
  }

  private static JsonArray strings(String... values) {
    JsonArray array = new JsonArray();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }
}

package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.SearchRequest;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.AnalyzerSpec;
import dev.gazette.analysis.FieldDef;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.analysis.TokenFilterSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The OpenSearch index settings and mapping of a Gazette index, generated from core's own
 * definitions: the analyzers from the same {@link AnalyzerSpec}s core builds its Lucene analyzers
 * from (filter by filter, synonyms inline), the fields from {@link Schema#fields()}, the same BM25
 * parameters; facet values go in keyword fields under {@value #FACET}, one per dimension, counted
 * and filtered there, and scored in a query on {@value #FACET_TERMS}, as the embedded index scores
 * them. The analysis settings are kept in the mapping's {@code _meta}, as the embedded index keeps
 * them in its commit data, so an index is always searched with the analysis it was built with.
 */
public final class OpenSearchMapping {
  /** The object holding one keyword field per facet dimension. */
  public static final String FACET = "facet";
  /**
   * The field holding every facet's drill-down terms as the embedded index writes them in its one
   * facet field (dimension, delimiter, path; documents only, no norms), so a scored {@code
   * dim:value} clause is the same BM25 term, with the same statistics, on both engines.
   */
  public static final String FACET_TERMS = "facet_terms";
  /** The object keeping an article's source facets as given, to return them. */
  public static final String SOURCE_FACETS = Schema.SOURCE_FACETS;
  /** The analyzer names, as the mapping and {@code _analyze} know them. */
  public static final String ENGLISH = "english";
  /** The stemmed analyzer with synonyms, for query text. */
  public static final String ENGLISH_QUERY = "english_query";
  /** The unstemmed analyzer. */
  public static final String EXACT = "exact";
  /** The unstemmed analyzer with synonyms, for quoted query text. */
  public static final String EXACT_QUERY = "exact_query";

  private OpenSearchMapping() {}

  /** The body of {@code PUT /index} for {@code config}'s analysis and ranking, with {@code shards} and {@code replicas}. */
  public static JsonObject index(GazetteConfig config, int shards, int replicas) {
    AnalysisSettings settings = AnalysisSettings.of(config);
    Synonyms synonyms = Synonyms.of(config);
    JsonObject body = new JsonObject();
    body.add("settings", settings(config, analyzers(settings, synonyms), shards, replicas));
    body.add("mappings", mappings(settings));
    return body;
  }

  /** The analyzers, by {@link #ENGLISH} and the other names, with the filters they define. */
  public static Map<String, AnalyzerSpec> analyzers(AnalysisSettings settings, Synonyms synonyms) {
    return Map.of(ENGLISH, settings.english(), ENGLISH_QUERY, settings.english(synonyms.afterStopWords(settings.stopWords())),
        EXACT, settings.exact(), EXACT_QUERY, settings.exact(synonyms.filter()));
  }

  private static JsonObject settings(GazetteConfig config, Map<String, AnalyzerSpec> specs, int shards, int replicas) {
    JsonObject filters = new JsonObject();
    JsonObject analyzers = new JsonObject();
    Synonyms synonyms = Synonyms.of(config);
    specs.forEach((name, spec) -> analyzers.add(name, analyzer(spec, filters, synonyms)));
    JsonObject analysis = new JsonObject();
    analysis.add("filter", filters);
    analysis.add("analyzer", analyzers);

    JsonObject bm25 = new JsonObject();
    bm25.addProperty("type", "BM25");
    bm25.addProperty("k1", config.ranking().k1());
    bm25.addProperty("b", config.ranking().b());
    JsonObject similarity = new JsonObject();
    similarity.add("default", bm25);
    JsonObject index = new JsonObject();
    index.addProperty("number_of_shards", shards);
    index.addProperty("number_of_replicas", replicas);
    // One more than the deepest page, to tell whether a next page exists.
    index.addProperty("max_result_window", SearchRequest.MAX_WINDOW + 1);
    index.add("similarity", similarity);
    JsonObject all = new JsonObject();
    all.add("index", index);
    all.add("analysis", analysis);
    return all;
  }

  private static JsonObject mappings(AnalysisSettings settings) {
    JsonObject properties = new JsonObject();
    for (FieldDef field : Schema.fields()) {
      if (field.name().endsWith(Schema.EXACT)) {
        continue;
      }
      properties.add(field.name(), switch (field.kind()) {
        case TEXT -> text(field.name());
        case KEYWORD -> type("keyword");
        case DATE -> type("date");
        case STORED -> field.name().equals(SOURCE_FACETS) ? unindexedObject() : unindexedKeyword();
      });
    }
    JsonObject facets = new JsonObject();
    for (String dimension : Schema.BUILT_IN_DIMENSIONS) {
      if (!dimension.equals(Schema.PUBLISHED)) {
        facets.add(dimension, type("keyword"));
      }
    }
    JsonObject facet = new JsonObject();
    // Source facets bring dimensions of their own: mapped as keywords when first seen.
    facet.addProperty("dynamic", "true");
    facet.add("properties", facets);
    properties.add(FACET, facet);
    // Text of one token per value, not a keyword field: OpenSearch scores a term of a keyword field at a constant 1.
    JsonObject drillDown = type("text");
    drillDown.addProperty("analyzer", "keyword");
    drillDown.addProperty("index_options", "docs");
    drillDown.addProperty("norms", false);
    properties.add(FACET_TERMS, drillDown);

    JsonObject keyword = new JsonObject();
    keyword.addProperty("path_match", FACET + ".*");
    keyword.addProperty("match_mapping_type", "string");
    keyword.add("mapping", type("keyword"));
    JsonObject template = new JsonObject();
    template.add("facet_keywords", keyword);
    JsonArray templates = new JsonArray();
    templates.add(template);

    JsonObject meta = new JsonObject();
    settings.toCommitData().forEach(meta::addProperty);
    JsonObject mappings = new JsonObject();
    mappings.addProperty("dynamic", "false");
    mappings.add("_meta", meta);
    mappings.add("dynamic_templates", templates);
    mappings.add("properties", properties);
    return mappings;
  }

  /** A text field analyzed in English, with offsets for the highlighter and its unstemmed {@code .exact} twin. */
  private static JsonObject text(String name) {
    JsonObject exact = type("text");
    exact.addProperty("analyzer", EXACT);
    exact.addProperty("search_analyzer", EXACT_QUERY);
    JsonObject subFields = new JsonObject();
    subFields.add(Schema.EXACT.substring(1), exact);
    JsonObject text = type("text");
    text.addProperty("analyzer", ENGLISH);
    text.addProperty("search_analyzer", ENGLISH_QUERY);
    text.addProperty("index_options", "offsets");
    text.add("fields", subFields);
    return text;
  }

  private static JsonObject type(String type) {
    JsonObject field = new JsonObject();
    field.addProperty("type", type);
    return field;
  }

  private static JsonObject unindexedKeyword() {
    JsonObject field = type("keyword");
    field.addProperty("index", false);
    field.addProperty("doc_values", false);
    return field;
  }

  private static JsonObject unindexedObject() {
    JsonObject field = type("object");
    field.addProperty("enabled", false);
    return field;
  }

  /** An OpenSearch custom analyzer for {@code spec}, adding the filters it needs to {@code filters}. */
  private static JsonObject analyzer(AnalyzerSpec spec, JsonObject filters, Synonyms synonyms) {
    JsonArray chain = new JsonArray();
    for (TokenFilterSpec filter : spec.filters()) {
      chain.add(filter(filter, filters, synonyms));
    }
    JsonObject analyzer = new JsonObject();
    analyzer.addProperty("type", "custom");
    analyzer.addProperty("tokenizer", spec.tokenizer());
    analyzer.add("filter", chain);
    return analyzer;
  }

  /** The OpenSearch name of Lucene filter {@code filter}, defining it in {@code filters} when it needs settings. */
  private static String filter(TokenFilterSpec filter, JsonObject filters, Synonyms synonyms) {
    return switch (filter.name()) {
      case "lowercase" -> "lowercase";
      case "asciiFolding" -> "asciifolding";
      case "porterStem" -> "porter_stem";
      case "kStem" -> "kstem";
      case "englishPossessive" -> define(filters, "possessive", stemmer("possessive_english"));
      case "englishMinimalStem" -> define(filters, "minimal_english", stemmer("minimal_english"));
      case "stop" -> {
        JsonObject stop = new JsonObject();
        stop.addProperty("type", "stop");
        stop.addProperty("stopwords", "_english_");
        yield define(filters, "english_stop", stop);
      }
      case "synonymGraph" -> define(filters, "synonyms_" + filters.size(), synonyms(filter, synonyms));
      default -> throw new GazetteException("no OpenSearch equivalent for the token filter " + filter.name());
    };
  }

  private static String define(JsonObject filters, String name, JsonObject definition) {
    filters.add(name, definition);
    return name;
  }

  private static JsonObject stemmer(String language) {
    JsonObject stemmer = new JsonObject();
    stemmer.addProperty("type", "stemmer");
    stemmer.addProperty("language", language);
    return stemmer;
  }

  /** A synonym-graph filter with the rules of Gazette's synonyms file (built-in or the user's) inline, read as core reads them. */
  private static JsonObject synonyms(TokenFilterSpec spec, Synonyms synonyms) {
    String file = spec.params().get("synonyms");
    JsonArray rules = new JsonArray();
    try (InputStream in = synonyms.loader().openResource(file)) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(rules::add);
    } catch (IOException e) {
      throw new GazetteException("cannot read the synonyms file " + file + ": " + e.getMessage(), e);
    }
    JsonObject filter = new JsonObject();
    filter.addProperty("type", "synonym_graph");
    filter.addProperty("expand", Boolean.parseBoolean(spec.params().getOrDefault("expand", "true")));
    filter.add("synonyms", rules);
    return filter;
  }
}

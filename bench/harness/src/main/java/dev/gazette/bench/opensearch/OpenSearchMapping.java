package dev.gazette.bench.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.GazetteConfig;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.AnalyzerSpec;
import dev.gazette.analysis.Synonyms;
import dev.gazette.analysis.TokenFilterSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The OpenSearch index settings and mapping equivalent to a Gazette index: analyzers generated from
 * the same analysis configuration Gazette's core uses (its {@link AnalyzerSpec}s, filter by filter),
 * the same BM25 parameters, text fields with offsets and an unstemmed {@code .exact} sub-field, and
 * keyword fields for the facets.
 */
public final class OpenSearchMapping {
  /** The name of the benchmark index. */
  public static final String INDEX = "bench";
  /** The ranked text fields. */
  public static final List<String> TEXT_FIELDS = List.of("title", "haiku", "body", "references");
  /** The keyword (facet) fields. */
  public static final List<String> KEYWORDS = List.of("country", "person", "organization", "topics", "places",
      "people", "orgs", "exchanges", "author", "section", "language", "tags");

  private OpenSearchMapping() {}

  /** The body of {@code PUT /bench}. */
  public static JsonObject index(GazetteConfig config) {
    AnalysisSettings settings = AnalysisSettings.of(config);
    Optional<TokenFilterSpec> synonyms = Synonyms.of(config).filter();
    JsonObject filters = new JsonObject();
    JsonObject analyzers = new JsonObject();
    analyzers.add("english", analyzer(settings.english(), filters));
    analyzers.add("english_query", analyzer(settings.english(synonyms), filters));
    analyzers.add("exact", analyzer(settings.exact(), filters));
    analyzers.add("exact_query", analyzer(settings.exact(synonyms), filters));
    JsonObject analysis = new JsonObject();
    analysis.add("filter", filters);
    analysis.add("analyzer", analyzers);

    JsonObject bm25 = new JsonObject();
    bm25.addProperty("type", "BM25");
    bm25.addProperty("k1", config.k1());
    bm25.addProperty("b", config.b());
    JsonObject similarity = new JsonObject();
    similarity.add("default", bm25);
    JsonObject indexSettings = new JsonObject();
    indexSettings.addProperty("number_of_shards", 1);
    indexSettings.addProperty("number_of_replicas", 0);
    indexSettings.add("similarity", similarity);
    JsonObject allSettings = new JsonObject();
    allSettings.add("index", indexSettings);
    allSettings.add("analysis", analysis);

    JsonObject properties = new JsonObject();
    properties.add("id", type("keyword"));
    for (String field : TEXT_FIELDS) {
      JsonObject exact = type("text");
      exact.addProperty("analyzer", "exact");
      exact.addProperty("search_analyzer", "exact_query");
      JsonObject subFields = new JsonObject();
      subFields.add("exact", exact);
      JsonObject text = type("text");
      text.addProperty("analyzer", "english");
      text.addProperty("search_analyzer", "english_query");
      text.addProperty("index_options", "offsets");
      text.add("fields", subFields);
      properties.add(field, text);
    }
    properties.add("published", type("date"));
    KEYWORDS.forEach(field -> properties.add(field, type("keyword")));
    JsonObject mappings = new JsonObject();
    mappings.add("properties", properties);

    JsonObject body = new JsonObject();
    body.add("settings", allSettings);
    body.add("mappings", mappings);
    return body;
  }

  private static JsonObject type(String type) {
    JsonObject field = new JsonObject();
    field.addProperty("type", type);
    return field;
  }

  /** An OpenSearch custom analyzer for {@code spec}, adding the filters it needs to {@code filters}. */
  private static JsonObject analyzer(AnalyzerSpec spec, JsonObject filters) {
    JsonArray chain = new JsonArray();
    for (TokenFilterSpec filter : spec.filters()) {
      chain.add(filter(filter, filters));
    }
    JsonObject analyzer = new JsonObject();
    analyzer.addProperty("type", "custom");
    analyzer.addProperty("tokenizer", spec.tokenizer());
    analyzer.add("filter", chain);
    return analyzer;
  }

  /** The OpenSearch name of Lucene filter {@code filter}, defining it in {@code filters} when it needs settings. */
  private static String filter(TokenFilterSpec filter, JsonObject filters) {
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
      case "synonymGraph" -> define(filters, "news_synonyms", synonyms(filter));
      default -> throw new IllegalArgumentException("no OpenSearch equivalent for the filter " + filter.name());
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

  /** A synonym-graph filter with the rules of Gazette's synonyms file inline. */
  private static JsonObject synonyms(TokenFilterSpec spec) {
    String file = spec.params().get("synonyms");
    JsonArray rules = new JsonArray();
    try (InputStream in = Synonyms.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("synonyms file " + file + " is not a Gazette resource");
      }
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(rules::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonObject synonyms = new JsonObject();
    synonyms.addProperty("type", "synonym_graph");
    synonyms.addProperty("expand", Boolean.parseBoolean(spec.params().getOrDefault("expand", "true")));
    // OpenSearch reads the rules through the analyzer's earlier filters, where stop words vanish
    // ("who"); Gazette reads them with the tokenizer alone. Such a rule can never fire in either
    // engine (its stop word never reaches the filter), so skipping it changes nothing.
    synonyms.addProperty("lenient", true);
    synonyms.add("synonyms", rules);
    return synonyms;
  }
}

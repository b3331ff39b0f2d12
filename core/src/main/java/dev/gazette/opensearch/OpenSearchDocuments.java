package dev.gazette.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.gazette.Article;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.index.ArticleDocuments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles as OpenSearch documents and back: the fields a Gazette document holds, under {@value
 * OpenSearchMapping#FACET} the facet values as the embedded index counts them (labels cleaned the
 * same way) and under {@value OpenSearchMapping#FACET_TERMS} their drill-down terms as it scores
 * them, with the countries, people and organizations found by core's own gazetteer and entity
 * extractor, since OpenSearch has neither.
 */
public final class OpenSearchDocuments {
  private static final FacetDimensions DIMENSIONS = new FacetDimensions();

  private final MentionFinder mentions;

  /** Documents with the mentions {@code mentions} finds, as the embedded index finds them. */
  public OpenSearchDocuments(MentionFinder mentions) {
    this.mentions = mentions;
  }

  /** The document of {@code article}. */
  public JsonObject source(Article article) {
    JsonObject doc = new JsonObject();
    doc.addProperty(Schema.ID, article.id());
    String haiku = String.join("\n", article.haiku());
    text(doc, Schema.TITLE, article.title());
    text(doc, Schema.HAIKU, haiku);
    text(doc, Schema.BODY, article.bodyText());
    text(doc, Schema.REFERENCES, article.references());
    if (article.published() != null) {
      doc.addProperty(Schema.PUBLISHED, article.published().toString());
    }
    text(doc, Schema.URL, article.url());
    text(doc, Schema.AUTHOR, article.author());
    text(doc, Schema.SECTION, article.section());
    text(doc, Schema.LANGUAGE, article.language());
    doc.add(Schema.TAGS, strings(article.tags()));
    JsonObject given = new JsonObject();
    article.facets().forEach((dim, values) -> given.add(dim, strings(values)));
    doc.add(OpenSearchMapping.SOURCE_FACETS, given);

    Map<String, Set<String>> facets = new LinkedHashMap<>();
    facet(facets, Schema.AUTHOR, article.author());
    facet(facets, Schema.SECTION, article.section());
    facet(facets, Schema.LANGUAGE, article.language());
    article.tags().forEach(tag -> facet(facets, Schema.TAGS, tag));
    article.facets().forEach((dimension, values) -> {
      String dim = FacetDimensions.label(dimension);
      if (!dim.isEmpty() && !dim.equals(Schema.PUBLISHED)) {
        values.forEach(value -> facet(facets, dim, value));
      }
    });
    MentionFinder.Mentions found = mentions.find(article.references(), article.title(), haiku, article.bodyText());
    found.countries().forEach(country -> facet(facets, Schema.COUNTRY, country));
    found.people().forEach(person -> facet(facets, Schema.PERSON, person));
    found.organizations().forEach(org -> facet(facets, Schema.ORGANIZATION, org));
    JsonObject facet = new JsonObject();
    facets.forEach((dim, values) -> facet.add(dim, strings(List.copyOf(values))));
    doc.add(OpenSearchMapping.FACET, facet);
    doc.add(OpenSearchMapping.FACET_TERMS, strings(drillDownTerms(facets, article.published())));
    return doc;
  }

  /** The drill-down terms of {@code facets} and the publication date, as the embedded index writes them. */
  private static List<String> drillDownTerms(Map<String, Set<String>> facets, Instant published) {
    Map<String, List<String[]>> paths = new LinkedHashMap<>();
    facets.forEach((dim, values) -> paths.put(dim, values.stream().map(value -> new String[] {value}).toList()));
    if (published != null) {
      paths.put(Schema.PUBLISHED, List.<String[]>of(ArticleDocuments.datePath(published)));
    }
    return DIMENSIONS.drillDownTerms(paths);
  }

  /** The article held in {@code source}. */
  public static Article article(JsonObject source) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    JsonObject given = source.has(OpenSearchMapping.SOURCE_FACETS)
        ? source.getAsJsonObject(OpenSearchMapping.SOURCE_FACETS) : new JsonObject();
    given.entrySet().forEach(entry -> facets.put(entry.getKey(), list(entry.getValue())));
    String published = string(source, Schema.PUBLISHED);
    String haiku = string(source, Schema.HAIKU);
    String body = string(source, Schema.BODY);
    return new Article(
        string(source, Schema.ID),
        string(source, Schema.TITLE),
        published == null ? null : Instant.parse(published),
        haiku == null ? List.of() : List.of(haiku.split("\n", -1)),
        body == null ? List.of() : List.of(body.split("\n\n", -1)),
        string(source, Schema.REFERENCES),
        string(source, Schema.URL),
        string(source, Schema.AUTHOR),
        string(source, Schema.SECTION),
        list(source.get(Schema.TAGS)),
        string(source, Schema.LANGUAGE),
        facets);
  }

  /** The string value of {@code field}, or {@code null}. */
  static String string(JsonObject source, String field) {
    JsonElement value = source.get(field);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private static List<String> list(JsonElement values) {
    List<String> list = new ArrayList<>();
    if (values != null && values.isJsonArray()) {
      values.getAsJsonArray().forEach(value -> list.add(value.isJsonNull() ? null : value.getAsString()));
    }
    return list;
  }

  private static void facet(Map<String, Set<String>> facets, String dim, String value) {
    String label = value == null ? "" : FacetDimensions.label(value);
    if (!label.isEmpty()) {
      facets.computeIfAbsent(dim, d -> new LinkedHashSet<>()).add(label);
    }
  }

  private static void text(JsonObject doc, String field, String text) {
    if (text != null && !text.isEmpty()) {
      doc.addProperty(field, text);
    }
  }

  private static JsonArray strings(List<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }
}

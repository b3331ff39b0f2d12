package dev.gazette.bench.opensearch;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.Article;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.lucene.Mentions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Articles as OpenSearch bulk requests: the same fields a Gazette document holds, with the
 * countries, people and organizations found beforehand by Gazette's own extractors (OpenSearch has
 * none), so both engines index the same values.
 */
public final class OpenSearchDocuments {
  private OpenSearchDocuments() {}

  /** The JSON source of {@code article}. */
  public static JsonObject source(Article article, Mentions mentions) {
    JsonObject doc = new JsonObject();
    doc.addProperty("id", article.id());
    text(doc, "title", article.title());
    text(doc, "haiku", String.join("\n", article.haiku()));
    text(doc, "body", article.bodyText());
    text(doc, "references", article.references());
    if (article.published() != null) {
      doc.addProperty("published", article.published().toString());
    }
    keywords(doc, "country", mentions.countries());
    keywords(doc, "person", mentions.people());
    keywords(doc, "organization", mentions.organizations());
    for (Map.Entry<String, List<String>> facet : article.facets().entrySet()) {
      keywords(doc, facet.getKey(), facet.getValue());
    }
    return doc;
  }

  /** The NDJSON body of one {@code _bulk} request indexing {@code articles} (with their mentions). */
  public static byte[] bulk(List<Article> articles, List<Mentions> mentions) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      JsonObject action = new JsonObject();
      JsonObject target = new JsonObject();
      target.addProperty("_index", OpenSearchMapping.INDEX);
      target.addProperty("_id", articles.get(i).id());
      action.add("index", target);
      body.append(action).append('\n').append(source(articles.get(i), mentions.get(i))).append('\n');
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code corpus} as {@code _bulk} bodies of {@code size} articles each, their mentions found by Gazette's extractors. */
  public static List<byte[]> batches(Corpus corpus, int size) {
    List<byte[]> batches = new ArrayList<>();
    for (int from = 0; from < corpus.size(); from += size) {
      List<Article> articles = IntStream.range(from, Math.min(corpus.size(), from + size))
          .mapToObj(corpus::article).toList();
      batches.add(bulk(articles, articles.stream().map(Mentions::find).toList()));
    }
    return batches;
  }

  private static void text(JsonObject doc, String field, String text) {
    if (!text.isEmpty()) {
      doc.addProperty(field, text);
    }
  }

  private static void keywords(JsonObject doc, String field, List<String> values) {
    if (!values.isEmpty()) {
      JsonArray array = new JsonArray();
      values.forEach(array::add);
      doc.add(field, array);
    }
  }
}

package dev.gazette.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Article JSON for tests. */
final class Articles {
  private Articles() {}

  /** An article with a Reuters-style {@code topics} facet. */
  static JsonObject article(String id, String title, String published, String body, String topic) {
    JsonObject article = new JsonObject();
    article.addProperty("id", id);
    article.addProperty("title", title);
    article.addProperty("published", published);
    JsonArray paragraphs = new JsonArray();
    paragraphs.add(body);
    article.add("body", paragraphs);
    JsonArray topics = new JsonArray();
    topics.add(topic);
    article.add("topics", topics);
    return article;
  }

  /**
   * {@code count} grain-market articles {@code prefix-1 … prefix-count}, published on consecutive
   * days of January 2024, with topic {@code grain} on even numbers and {@code oil} on odd ones.
   */
  static List<JsonObject> series(String prefix, int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(n -> article(prefix + "-" + n, "Harvest report number " + n,
            String.format("2024-01-%02dT12:00:00Z", (n - 1) % 31 + 1),
            "Wheat and barley prices moved on the commodity exchange in week " + n + ".",
            n % 2 == 0 ? "grain" : "oil"))
        .toList();
  }

  /** {@code articles} as a JSON array. */
  static String array(List<JsonObject> articles) {
    JsonArray array = new JsonArray();
    articles.forEach(array::add);
    return array.toString();
  }

  /** {@code articles} as NDJSON. */
  static String ndjson(List<JsonObject> articles) {
    return articles.stream().map(JsonObject::toString).collect(Collectors.joining("\n", "", "\n"));
  }
}

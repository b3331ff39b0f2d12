package dev.gazette.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import dev.gazette.Article;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Articles as JSON Lines, one object a line with {@link Article}'s own field names ({@code published}
 * in ISO-8601, {@code body} an array of paragraphs, {@code facets} an object of dimension to values),
 * which is what {@code gazette reindex} and {@code add} read back with the default mapping.
 */
final class NdjsonArticles implements ArticleWriter {
  private static final Gson GSON = new GsonBuilder()
      .disableHtmlEscaping()
      .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (instant, type, context) -> new JsonPrimitive(instant.toString()))
      .create();

  private final Writer out;

  NdjsonArticles(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Article article) throws IOException {
    GSON.toJson(article, out);
    out.write('\n');
  }
}

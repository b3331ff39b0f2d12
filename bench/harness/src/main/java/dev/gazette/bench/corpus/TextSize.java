package dev.gazette.bench.corpus;

import dev.gazette.Article;
import java.nio.charset.StandardCharsets;

/** The size of an article's searchable text in UTF-8 bytes. */
final class TextSize {
  private TextSize() {}

  static long of(Article article) {
    return bytes(article.title()) + bytes(String.join("\n", article.haiku())) + bytes(article.bodyText())
        + bytes(article.references());
  }

  private static long bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}

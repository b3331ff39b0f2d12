package dev.gazette.bench.embeddings;

import dev.gazette.Article;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The text of an article that is embedded: its title, then its body, whole or cut to its first words. */
record ArticleText(int bodyWords) {
  /** The whole body. */
  static final ArticleText WHOLE = new ArticleText(Integer.MAX_VALUE);

  /** The title and the body's first {@link #bodyWords} words (whitespace-separated), one line each. */
  String of(Article article) {
    String body = String.join("\n", article.body()).strip();
    if (bodyWords != Integer.MAX_VALUE) {
      body = Arrays.stream(body.split("\\s+")).limit(bodyWords).collect(Collectors.joining(" "));
    }
    return article.title().isBlank() ? body : article.title().strip() + "\n" + body;
  }

  /** How this text is named in the report. */
  String label() {
    return bodyWords == Integer.MAX_VALUE ? "title + whole body" : "title + first " + bodyWords + " words";
  }
}

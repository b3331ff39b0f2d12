package dev.gazette.cli;

import dev.gazette.Article;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Articles as CSV (RFC 4180: a header row, every field quoted, quotes doubled, CRLF line ends) for
 * spreadsheets: one row per article, lists joined by {@code "; "}, facets as {@code dimension:value},
 * body paragraphs separated by blank lines.
 */
final class CsvArticles implements ArticleWriter {
  private static final List<String> HEADER = List.of(
      "id", "published", "title", "url", "author", "section", "language", "tags", "facets", "haiku", "body", "references");

  private final Writer out;

  CsvArticles(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    row(HEADER);
  }

  @Override
  public void write(Article article) throws IOException {
    String facets = article.facets().entrySet().stream()
        .flatMap(entry -> entry.getValue().stream().map(value -> entry.getKey() + ":" + value))
        .collect(Collectors.joining("; "));
    row(List.of(
        article.id(),
        article.published() == null ? "" : article.published().toString(),
        article.title(),
        orEmpty(article.url()),
        orEmpty(article.author()),
        orEmpty(article.section()),
        orEmpty(article.language()),
        String.join("; ", article.tags()),
        facets,
        String.join("\n", article.haiku()),
        article.bodyText(),
        article.references()));
  }

  /** Writes one row of {@code fields}, each quoted. */
  static void row(Writer out, List<String> fields) throws IOException {
    out.write(fields.stream().map(field -> "\"" + field.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")));
    out.write("\r\n");
  }

  private void row(List<String> fields) throws IOException {
    row(out, fields);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}

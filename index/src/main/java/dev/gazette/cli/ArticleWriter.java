package dev.gazette.cli;

import dev.gazette.Article;
import java.io.IOException;

/** Writes articles one at a time in an export format, so an export of any size runs in constant memory. */
interface ArticleWriter {
  /** Writes whatever comes before the first article (a CSV header); nothing by default. */
  default void begin() throws IOException {}

  /** Writes one article. */
  void write(Article article) throws IOException;
}

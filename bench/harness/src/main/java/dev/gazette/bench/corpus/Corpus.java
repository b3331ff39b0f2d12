package dev.gazette.bench.corpus;

import dev.gazette.Article;

/** A benchmark corpus: a fixed, numbered list of articles, the same on every call. */
public interface Corpus {

  /** A short name for tables and cache folders, such as {@code reuters} or {@code news-100000}. */
  String name();

  /** How many articles there are. */
  int size();

  /** Article {@code i}, {@code 0 <= i < size()}; thread-safe. */
  Article article(int i);

  /** The UTF-8 bytes of text (title, haiku, body, references) of every article, for MB/s figures. */
  default long textBytes() {
    long total = 0;
    for (int i = 0; i < size(); i++) {
      total += TextSize.of(article(i));
    }
    return total;
  }
}

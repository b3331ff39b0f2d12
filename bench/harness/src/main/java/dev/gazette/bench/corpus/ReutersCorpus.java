package dev.gazette.bench.corpus;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.IngestReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Reuters-21578 articles Gazette accepts (21,577: record 12793 has neither a title nor a body,
 * which every Gazette door refuses), read once with Gazette's own reader and held in memory.
 */
public final class ReutersCorpus implements Corpus {
  private final List<Article> articles;

  private ReutersCorpus(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  /**
   * Reads the corpus from {@code file}, leaving out the articles without a title or a body; fails
   * when any record is rejected.
   */
  public static ReutersCorpus read(Path file) {
    List<Article> articles = new ArrayList<>();
    IngestReport report = ArticleReader.of(file).read(article -> {
      if (!article.title().isBlank() || !article.body().stream().allMatch(String::isBlank)) {
        articles.add(article);
      }
    });
    if (report.rejected() > 0) {
      throw new IllegalStateException("Reuters records rejected: " + report.rejections());
    }
    return new ReutersCorpus(articles);
  }

  /** Reads the corpus from the shared data folder. */
  public static ReutersCorpus shared() {
    return read(SharedData.reuters());
  }

  @Override
  public String name() {
    return "reuters";
  }

  @Override
  public int size() {
    return articles.size();
  }

  @Override
  public Article article(int i) {
    return articles.get(i);
  }

  /** Every article, in order. */
  public List<Article> articles() {
    return articles;
  }
}

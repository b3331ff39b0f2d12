package dev.gazette.bench.corpus;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.IngestReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The 21,578 Reuters-21578 articles, read once with Gazette's own reader and held in memory. */
public final class ReutersCorpus implements Corpus {
  private final List<Article> articles;

  private ReutersCorpus(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  /** Reads the corpus from {@code file}; fails when any record is rejected. */
  public static ReutersCorpus read(Path file) {
    List<Article> articles = new ArrayList<>();
    IngestReport report = ArticleReader.of(file).read(articles::add);
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

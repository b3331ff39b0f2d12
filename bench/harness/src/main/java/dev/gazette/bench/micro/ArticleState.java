package dev.gazette.bench.micro;

import dev.gazette.Article;
import dev.gazette.bench.corpus.ReutersCorpus;
import java.util.List;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The Reuters articles, handed out one after the other to the per-article benchmarks. */
@State(Scope.Benchmark)
public class ArticleState {
  private List<Article> articles;
  private int next;

  /** Reads the corpus. */
  @Setup
  public void read() {
    articles = ReutersCorpus.shared().articles();
  }

  /** The next article. */
  public Article next() {
    next = (next + 1) % articles.size();
    return articles.get(next);
  }
}

package dev.gazette.bench.micro;

import dev.gazette.Article;
import dev.gazette.analysis.MentionFinder;
import dev.gazette.bench.lucene.Mentions;
import dev.gazette.bench.lucene.RawDocuments;
import dev.gazette.bench.lucene.RawSchema;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.index.ArticleDocuments;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The per-article work before Lucene's indexing chain, Reuters article by article: building the
 * document (Gazette's against the hand-written baseline's, both finding the mentions), and finding
 * the countries, people and organizations against one pass of the English analyzer over the text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ArticleBenchmark {
  private final ArticleDocuments gazette =
      new ArticleDocuments(new FacetDimensions(), MentionFinder::standard);
  private final RawSchema schema = new RawSchema();
  private final RawDocuments raw = new RawDocuments(schema);

  /** Baseline: the hand-written document, mentions found by Gazette's extractors. */
  @Benchmark
  public Document rawDocument(ArticleState articles) {
    Article article = articles.next();
    return raw.of(article, Mentions.find(article));
  }

  /** Gazette: {@code ArticleDocuments.toDocument}. */
  @Benchmark
  public Document gazetteDocument(ArticleState articles) {
    return gazette.toDocument(articles.next());
  }

  /** Baseline: one pass of the English analyzer over title and body. */
  @Benchmark
  public int analyze(ArticleState articles) throws IOException {
    Article article = articles.next();
    int tokens = 0;
    try (TokenStream stream = schema.analyzer().tokenStream("body", article.title() + "\n" + article.bodyText())) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
    }
    return tokens;
  }

  /** Finding the countries, people and organizations, as Gazette does for every article. */
  @Benchmark
  public Mentions mentions(ArticleState articles) {
    return Mentions.find(articles.next());
  }
}

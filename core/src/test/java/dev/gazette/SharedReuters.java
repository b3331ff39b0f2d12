package dev.gazette;

import java.nio.file.Path;
import java.util.Locale;

/**
 * All Reuters-21578 articles (21,577 of its 21,578 records: 12793 has neither title nor body) in one in-memory index with the default configuration, loaded
 * once per test JVM and shared by the query test classes; the calling test is skipped when the
 * shared research data is not there.
 */
public final class SharedReuters {
  /** Articles indexed from the corpus: every record but 12793, which has neither title nor body. */
  public static final long ARTICLES = 21_577;
  private static Gazette gazette;

  private SharedReuters() {}

  /** The title and body of {@code article}, lower-cased, each run of other characters than letters and digits one space. */
  public static String words(Article article) {
    return (article.title() + " " + article.bodyText()).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
  }

  /** The shared index, loaded on first use. */
  public static synchronized Gazette gazette() {
    Path corpus = TestData.sharedData("reuters21578/reuters21578.jsonl.gz");
    if (gazette == null) {
      Gazette loaded = Gazette.inMemory();
      loaded.load(ArticleReader.of(corpus));
      loaded.commit();
      loaded.refresh();
      gazette = loaded;
    }
    return gazette;
  }
}

package dev.gazette.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The English function words a query of nothing else means literally: Snowball's English stop list
 * (a superset of the analyzer's, with {@code who}, {@code what}, {@code we}, …). A reader typing
 * {@code The Who} or {@code to be or not to be} wants that phrase, not every article.
 */
final class StopWords {
  private static final CharArraySet WORDS = load();
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}']+");

  private StopWords() {}

  /** True when every clause is an unfielded plain word made of stop words only, and there is at least one. */
  static boolean only(List<Clause> clauses) {
    return !clauses.isEmpty() && clauses.stream().allMatch(
        c -> c.kind() == Clause.Kind.WORD && c.field() == null && isStopWords(c.text()));
  }

  private static boolean isStopWords(String text) {
    int words = 0;
    for (String word : BETWEEN_WORDS.split(text.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words++;
        if (!WORDS.contains(word)) {
          return false;
        }
      }
    }
    return words > 0;
  }

  private static CharArraySet load() {
    // Through Lucene's loader: Lucene opens the package of the list to its core module only.
    try (InputStream in = new ClasspathResourceLoader(SnowballFilter.class).openResource("english_stop.txt");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("the English stop list could not be read", e);
    }
  }
}

package dev.gazette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins what the gazetteer and the entity extractor find in all 21,578 Reuters-21578 articles, read
 * as the index reads them (title, haiku and body, and references for countries): how many
 * countries, people and organisations, and a hash of every article's lists in order. The figures
 * were taken from the extractors before they were made faster (commit e0283b9), the people's again
 * when names that are no one's ("President", "Citicorp", "Prime Minister") stopped counting; a change to what
 * they find must change them here on purpose.
 */
class MentionsFingerprintTest {

  private static final Fingerprint COUNTRIES = new Fingerprint(21_006, 9_059_666_029_150_458_401L);
  private static final Fingerprint PEOPLE = new Fingerprint(11_219, -5_990_531_916_400_492_052L);
  private static final Fingerprint ORGANIZATIONS = new Fingerprint(31_327, -5_962_771_097_020_119_440L);

  private static List<Article> articles;

  /** How many names all the articles' lists of one kind hold, and a hash of the lists in order. */
  private record Fingerprint(long names, long hash) {
  }

  @BeforeAll
  static void readReuters() {
    articles = new ArrayList<>();
    ArticleReader.of(TestData.sharedData("reuters21578/reuters21578.jsonl.gz")).read(articles::add);
  }

  @Test
  void findsWhatTheExtractorsFoundBefore() {
    MentionFinder finder = new MentionFinder(CountryGazetteer.standard(), EntityExtractor.standard());
    List<MentionFinder.Mentions> found = articles.stream()
        .map(article -> finder.find(article.references(), article.title(), haiku(article), article.bodyText()))
        .toList();

    assertFingerprints(found);
  }

  @Test
  void findsTheSameOneKindAtATime() {
    List<MentionFinder.Mentions> found = articles.stream().map(article -> {
      List<String> countries = CountryGazetteer.standard()
          .countriesIn(article.title(), haiku(article), article.bodyText(), article.references());
      Entities entities = EntityExtractor.standard().extract(article.title(), haiku(article), article.bodyText());
      return new MentionFinder.Mentions(countries, entities.people(), entities.organizations());
    }).toList();

    assertFingerprints(found);
  }

  private static void assertFingerprints(List<MentionFinder.Mentions> found) {
    assertEquals(21_578, found.size());
    assertEquals(COUNTRIES, fingerprint(found, MentionFinder.Mentions::countries), "countries");
    assertEquals(PEOPLE, fingerprint(found, MentionFinder.Mentions::people), "people");
    assertEquals(ORGANIZATIONS, fingerprint(found, MentionFinder.Mentions::organizations), "organizations");
  }

  private static String haiku(Article article) {
    return String.join("\n", article.haiku());
  }

  private static Fingerprint fingerprint(List<MentionFinder.Mentions> found, Function<MentionFinder.Mentions, List<String>> kind) {
    long names = 0;
    long hash = 0;
    for (MentionFinder.Mentions article : found) {
      List<String> list = kind.apply(article);
      names += list.size();
      hash = hash * 31 + list.hashCode();
    }
    return new Fingerprint(names, hash);
  }
}

package dev.gazette.bench.lucene;

import dev.gazette.Article;
import dev.gazette.analysis.CountryGazetteer;
import dev.gazette.analysis.EntityExtractor;
import dev.gazette.analysis.MentionFinder;
import java.util.List;

/**
 * The countries, people and organizations an article mentions: facets a Gazette index derives
 * from the text, which the baselines index as given values.
 *
 * @param countries country names
 * @param people person names
 * @param organizations organization names
 */
public record Mentions(List<String> countries, List<String> people, List<String> organizations) {

  private static final MentionFinder FINDER = new MentionFinder(CountryGazetteer.standard(), EntityExtractor.standard());

  /** What Gazette's own gazetteer and entity extractor find in {@code article}, as Gazette calls them. */
  public static Mentions find(Article article) {
    MentionFinder.Mentions found = FINDER.find(
        article.references(), article.title(), String.join("\n", article.haiku()), article.bodyText());
    return new Mentions(found.countries(), found.people(), found.organizations());
  }
}

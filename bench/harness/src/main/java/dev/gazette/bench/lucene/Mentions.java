package dev.gazette.bench.lucene;

import dev.gazette.Article;
import dev.gazette.analysis.CountryGazetteer;
import dev.gazette.analysis.EntityExtractor;
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

  /** What Gazette's own gazetteer and entity extractor find in {@code article}, as Gazette calls them. */
  public static Mentions find(Article article) {
    String haiku = String.join("\n", article.haiku());
    List<String> countries = CountryGazetteer.standard()
        .countriesIn(article.title(), haiku, article.bodyText(), article.references());
    EntityExtractor.Entities entities = EntityExtractor.standard().extract(article.title(), haiku, article.bodyText());
    return new Mentions(countries, entities.people(), entities.organizations());
  }
}

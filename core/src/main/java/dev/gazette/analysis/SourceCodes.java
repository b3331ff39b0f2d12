package dev.gazette.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the codes a source gives for countries and organisations ("west-germany", "usa", "imf",
 * "ico-coffee") as the names the extracted facets use ("Germany", "United States", "International
 * Monetary Fund", "International Coffee Organization"), so that a source's codes can feed the
 * {@code country} and {@code organization} facets. A code is read as a wire headline would write
 * it (upper case, hyphens as spaces) by the same {@link CountryGazetteer} and
 * {@link EntityExtractor} that read the articles; a code neither knows feeds nothing.
 */
public final class SourceCodes {
  private final CountryGazetteer countries;
  private final EntityExtractor extractor;

  private SourceCodes(CountryGazetteer countries, EntityExtractor extractor) {
    this.countries = countries;
    this.extractor = extractor;
  }

  private static final class Standard {
    static final SourceCodes INSTANCE = new SourceCodes(CountryGazetteer.standard(), EntityExtractor.standard());
  }

  /** The reader with the gazetteer and word lists that ship with Gazette. */
  public static SourceCodes standard() {
    return Standard.INSTANCE;
  }

  /**
   * {@code facets} with the codes of each source field named in {@code feeds} added, as names, to
   * the facet it feeds; the source fields keep their codes.
   *
   * @param facets the source facets of one article: dimension to values
   * @param feeds  source field to {@link Schema#COUNTRY} or {@link Schema#ORGANIZATION}
   */
  public Map<String, List<String>> feed(Map<String, List<String>> facets, Map<String, String> feeds) {
    if (feeds.isEmpty()) {
      return facets;
    }
    Map<String, Set<String>> fed = new LinkedHashMap<>();
    feeds.forEach((field, facet) -> {
      for (String code : facets.getOrDefault(field, List.of())) {
        fed.computeIfAbsent(facet, f -> new LinkedHashSet<>()).addAll(names(facet, code));
      }
    });
    if (fed.isEmpty()) {
      return facets;
    }
    Map<String, List<String>> result = new LinkedHashMap<>(facets);
    fed.forEach((facet, names) -> {
      Set<String> all = new LinkedHashSet<>(result.getOrDefault(facet, List.of()));
      all.addAll(names);
      result.put(facet, new ArrayList<>(all));
    });
    return result;
  }

  /** The names {@code code} stands for in {@code facet}; empty when it names none. */
  List<String> names(String facet, String code) {
    String headline = code.replace('-', ' ').replace('_', ' ').strip().toUpperCase(Locale.ROOT);
    if (headline.isEmpty()) {
      return List.of();
    }
    return switch (facet) {
      case Schema.COUNTRY -> countries.countriesIn(headline);
      case Schema.ORGANIZATION -> extractor.extract(headline + " SAYS").organizations();
      default -> List.of();
    };
  }
}

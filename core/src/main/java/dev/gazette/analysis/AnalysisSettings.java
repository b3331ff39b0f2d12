package dev.gazette.analysis;

import dev.gazette.GazetteConfig;
import dev.gazette.GazetteConfig.Stemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis choices fixed when an index is built. Kept in the index's commit data so an index
 * is always searched with the analysis it was built with.
 *
 * @param stemmer the English stemmer of the text fields
 * @param stopWords whether English stop words are removed from the stemmed text fields
 * @param asciiFolding whether accents are folded
 */
public record AnalysisSettings(Stemmer stemmer, boolean stopWords, boolean asciiFolding) {

  /** The analysis part of {@code config}. */
  public static AnalysisSettings of(GazetteConfig config) {
    return new AnalysisSettings(config.analysis().stemmer(), config.analysis().stopWords(), config.analysis().asciiFolding());
  }

  /** The stemmed English chain used for ranking. */
  public AnalyzerSpec english() {
    return english(Optional.empty());
  }

  /** The stemmed English chain with an extra filter (synonyms) after stop words, before stemming. */
  public AnalyzerSpec english(Optional<TokenFilterSpec> beforeStemming) {
    List<TokenFilterSpec> filters = new ArrayList<>(exactFilters());
    if (stopWords) {
      filters.add(TokenFilterSpec.of("stop"));
    }
    beforeStemming.ifPresent(filters::add);
    switch (stemmer) {
      case PORTER -> filters.add(TokenFilterSpec.of("porterStem"));
      case KSTEM -> filters.add(TokenFilterSpec.of("kStem"));
      case MINIMAL -> filters.add(TokenFilterSpec.of("englishMinimalStem"));
      case NONE -> { }
    }
    return new AnalyzerSpec("english", "standard", filters);
  }

  /** The unstemmed chain, with stop words kept, used for exact phrases and prefixes. */
  public AnalyzerSpec exact() {
    return exact(Optional.empty());
  }

  /** The unstemmed chain with an extra filter (synonyms) at its end. */
  public AnalyzerSpec exact(Optional<TokenFilterSpec> last) {
    List<TokenFilterSpec> filters = exactFilters();
    last.ifPresent(filters::add);
    return new AnalyzerSpec("exact", "standard", filters);
  }

  private List<TokenFilterSpec> exactFilters() {
    List<TokenFilterSpec> filters = new ArrayList<>();
    filters.add(TokenFilterSpec.of("englishPossessive"));
    filters.add(TokenFilterSpec.of("lowercase"));
    if (asciiFolding) {
      filters.add(TokenFilterSpec.of("asciiFolding"));
    }
    return filters;
  }

  /** These settings as commit data. */
  public Map<String, String> toCommitData() {
    return Map.of(
        "gazette.stemmer", stemmer.name(),
        "gazette.stopWords", Boolean.toString(stopWords),
        "gazette.asciiFolding", Boolean.toString(asciiFolding));
  }

  /** The settings recorded in {@code commitData}, or {@code fallback} where none are. */
  public static AnalysisSettings fromCommitData(Map<String, String> commitData, AnalysisSettings fallback) {
    String stemmer = commitData.get("gazette.stemmer");
    if (stemmer == null) {
      return fallback;
    }
    return new AnalysisSettings(
        Stemmer.valueOf(stemmer),
        Boolean.parseBoolean(commitData.get("gazette.stopWords")),
        Boolean.parseBoolean(commitData.get("gazette.asciiFolding")));
  }
}

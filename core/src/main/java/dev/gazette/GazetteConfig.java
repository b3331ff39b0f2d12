package dev.gazette;

/**
 * How an engine analyzes and ranks text. Immutable: each {@code with…} method returns a copy.
 *
 * <p>Analysis settings are fixed when an index is built; change them and reindex. Ranking
 * settings apply to every search.
 *
 * @param stemmer the English stemmer of the text fields
 * @param stopWords whether English stop words are removed from the stemmed text fields
 * @param asciiFolding whether accents are folded ({@code café} matches {@code cafe})
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param titleBoost weight of the title
 * @param haikuBoost weight of the haiku
 * @param bodyBoost weight of the body
 * @param referencesBoost weight of the referenced-articles line
 * @param proximityBoost weight of the bonus for query words that appear close together (0: off)
 * @param ramBufferMb indexing buffer before a flush, in megabytes
 */
public record GazetteConfig(
    Stemmer stemmer,
    boolean stopWords,
    boolean asciiFolding,
    float k1,
    float b,
    float titleBoost,
    float haikuBoost,
    float bodyBoost,
    float referencesBoost,
    float proximityBoost,
    double ramBufferMb) {

  /** The English stemmers on offer. */
  public enum Stemmer {
    /** Porter's algorithm: aggressive, the IR baseline. */
    PORTER,
    /** Krovetz: dictionary-checked, gentler than Porter. */
    KSTEM,
    /** Plural removal only. */
    MINIMAL,
    /** No stemming. */
    NONE
  }

  /** Checks the numbers are in range. */
  public GazetteConfig {
    if (stemmer == null) {
      throw new IllegalArgumentException("stemmer must be set");
    }
    if (!(k1 >= 0) || !(b >= 0 && b <= 1)) {
      throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1");
    }
    if (titleBoost < 0 || haikuBoost < 0 || bodyBoost < 0 || referencesBoost < 0 || proximityBoost < 0) {
      throw new IllegalArgumentException("boosts must not be negative");
    }
    if (!(ramBufferMb >= 1)) {
      throw new IllegalArgumentException("ramBufferMb must be at least 1");
    }
  }

  /** The defaults. */
  public static GazetteConfig defaults() {
    return new GazetteConfig(Stemmer.PORTER, true, true, 0.9f, 0.4f, 3f, 1.5f, 1f, 0.5f, 1f, 64);
  }

  /** This configuration with another stemmer. */
  public GazetteConfig withStemmer(Stemmer value) {
    return new GazetteConfig(value, stopWords, asciiFolding, k1, b, titleBoost, haikuBoost, bodyBoost,
        referencesBoost, proximityBoost, ramBufferMb);
  }

  /** This configuration with stop words on or off. */
  public GazetteConfig withStopWords(boolean value) {
    return new GazetteConfig(stemmer, value, asciiFolding, k1, b, titleBoost, haikuBoost, bodyBoost,
        referencesBoost, proximityBoost, ramBufferMb);
  }

  /** This configuration with ASCII folding on or off. */
  public GazetteConfig withAsciiFolding(boolean value) {
    return new GazetteConfig(stemmer, stopWords, value, k1, b, titleBoost, haikuBoost, bodyBoost,
        referencesBoost, proximityBoost, ramBufferMb);
  }

  /** This configuration with other BM25 parameters. */
  public GazetteConfig withBm25(float k1Value, float bValue) {
    return new GazetteConfig(stemmer, stopWords, asciiFolding, k1Value, bValue, titleBoost, haikuBoost, bodyBoost,
        referencesBoost, proximityBoost, ramBufferMb);
  }

  /** This configuration with other field weights. */
  public GazetteConfig withFieldBoosts(float title, float haiku, float body, float references) {
    return new GazetteConfig(stemmer, stopWords, asciiFolding, k1, b, title, haiku, body, references,
        proximityBoost, ramBufferMb);
  }

  /** This configuration with another proximity weight. */
  public GazetteConfig withProximityBoost(float value) {
    return new GazetteConfig(stemmer, stopWords, asciiFolding, k1, b, titleBoost, haikuBoost, bodyBoost,
        referencesBoost, value, ramBufferMb);
  }

  /** This configuration with another indexing buffer. */
  public GazetteConfig withRamBufferMb(double value) {
    return new GazetteConfig(stemmer, stopWords, asciiFolding, k1, b, titleBoost, haikuBoost, bodyBoost,
        referencesBoost, proximityBoost, value);
  }
}

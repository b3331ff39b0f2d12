package dev.gazette;

import java.nio.file.Path;

/**
 * How an engine analyzes and ranks text. Immutable: change it with {@link #toBuilder()} or a
 * {@code with…} method, which return a copy.
 *
 * <p>Index-time analysis (stemmer, stop words, folding) is fixed when an index is built; change it
 * and reindex. Synonyms apply at query time, and ranking settings to every search.
 *
 * @param stemmer the English stemmer of the text fields
 * @param stopWords whether English stop words are removed from the stemmed text fields
 * @param asciiFolding whether accents are folded ({@code café} matches {@code cafe})
 * @param synonyms a synonyms file in Solr format applied at query time; {@code null} for the
 *     built-in set of news names (DPRK / North Korea, U.S. / United States, …)
 * @param useSynonyms whether query-time synonyms are applied at all
 * @param k1 BM25 term-frequency saturation
 * @param b BM25 length normalisation
 * @param titleBoost weight of the title
 * @param haikuBoost weight of the haiku
 * @param bodyBoost weight of the body
 * @param referencesBoost weight of the referenced-articles line
 * @param proximityBoost weight of the bonus for query words that appear close together (0: off)
 * @param recencyHalfLifeDays for {@link SearchRequest.Sort#RECENCY}: the age, counted back from the
 *     newest article in the index, at which the freshness bonus halves
 * @param ramBufferMb indexing buffer before a flush, in megabytes
 * @param searchTimeoutMs the time budget of one search, in milliseconds: a search that runs past it
 *     stops and returns the hits found so far, flagged {@link SearchResult#timedOut()}
 * @param feedbackDocs pseudo-relevance feedback (RM3): how many top-ranked articles a relevance-sorted
 *     query is expanded from; 0 turns feedback off
 * @param feedbackTerms pseudo-relevance feedback: how many expansion words are added
 * @param feedbackWeight pseudo-relevance feedback: the weight of the user's query against the expansion
 *     words, between 0 and 1 (1: the expansion does nothing)
 */
public record GazetteConfig(
    Stemmer stemmer,
    boolean stopWords,
    boolean asciiFolding,
    Path synonyms,
    boolean useSynonyms,
    float k1,
    float b,
    float titleBoost,
    float haikuBoost,
    float bodyBoost,
    float referencesBoost,
    float proximityBoost,
    double recencyHalfLifeDays,
    double ramBufferMb,
    long searchTimeoutMs,
    int feedbackDocs,
    int feedbackTerms,
    float feedbackWeight) {

  /** The most feedback articles, and the most feedback words, a query may use. */
  public static final int MAX_FEEDBACK = 100;

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
    if (!(titleBoost >= 0 && haikuBoost >= 0 && bodyBoost >= 0 && referencesBoost >= 0 && proximityBoost >= 0)) {
      throw new IllegalArgumentException("boosts must not be negative");
    }
    if (!(recencyHalfLifeDays > 0)) {
      throw new IllegalArgumentException("recencyHalfLifeDays must be positive");
    }
    if (!(ramBufferMb >= 1)) {
      throw new IllegalArgumentException("ramBufferMb must be at least 1");
    }
    if (searchTimeoutMs < 1) {
      throw new IllegalArgumentException("searchTimeoutMs must be at least 1");
    }
    if (feedbackDocs < 0 || feedbackDocs > MAX_FEEDBACK || feedbackTerms < 1 || feedbackTerms > MAX_FEEDBACK
        || !(feedbackWeight >= 0 && feedbackWeight <= 1)) {
      throw new IllegalArgumentException(
          "feedback needs 0 to " + MAX_FEEDBACK + " docs, 1 to " + MAX_FEEDBACK + " terms and a weight from 0 to 1");
    }
  }

  /**
   * The defaults, chosen by measurement on judged test collections (docs/relevance.md): Porter
   * stemming, stop words removed, accents folded; BM25 k1 1.2, b 0.6; title, haiku and body weighed
   * alike and references at 0.5; proximity bonus 0.5; no pseudo-relevance feedback (it cost over ten times
   * a plain search for +0.013 nDCG@10 and nothing on the news collection; {@code withFeedback(5, 20,
   * 0.8f)} turns on the setting measured best, whose 20 words and 0.8 stay the defaults).
   */
  public static GazetteConfig defaults() {
    return new GazetteConfig(
        Stemmer.PORTER, true, true, null, true, 1.2f, 0.6f, 1f, 1f, 1f, 0.5f, 0.5f, 30, 64, 5_000, 0, 20, 0.8f);
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This configuration with another stemmer. */
  public GazetteConfig withStemmer(Stemmer value) {
    return toBuilder().stemmer(value).build();
  }

  /** This configuration with stop words on or off. */
  public GazetteConfig withStopWords(boolean value) {
    return toBuilder().stopWords(value).build();
  }

  /** This configuration with other BM25 parameters. */
  public GazetteConfig withBm25(float k1Value, float bValue) {
    return toBuilder().bm25(k1Value, bValue).build();
  }

  /** This configuration with other field weights. */
  public GazetteConfig withFieldBoosts(float title, float haiku, float body, float references) {
    return toBuilder().fieldBoosts(title, haiku, body, references).build();
  }

  /** This configuration with another proximity weight. */
  public GazetteConfig withProximityBoost(float value) {
    return toBuilder().proximityBoost(value).build();
  }

  /**
   * This configuration with pseudo-relevance feedback: relevance-sorted queries expanded with {@code
   * terms} words from their {@code docs} best articles, the query weighing {@code weight} against
   * the expansion's {@code 1 - weight}; {@code docs} 0 turns it off.
   */
  public GazetteConfig withFeedback(int docs, int terms, float weight) {
    return toBuilder().feedback(docs, terms, weight).build();
  }

  /** Builds a {@link GazetteConfig}; every setter returns the builder. */
  public static final class Builder {
    private Stemmer stemmer;
    private boolean stopWords;
    private boolean asciiFolding;
    private Path synonyms;
    private boolean useSynonyms;
    private float k1;
    private float b;
    private float titleBoost;
    private float haikuBoost;
    private float bodyBoost;
    private float referencesBoost;
    private float proximityBoost;
    private double recencyHalfLifeDays;
    private double ramBufferMb;
    private long searchTimeoutMs;
    private int feedbackDocs;
    private int feedbackTerms;
    private float feedbackWeight;

    private Builder(GazetteConfig from) {
      stemmer = from.stemmer;
      stopWords = from.stopWords;
      asciiFolding = from.asciiFolding;
      synonyms = from.synonyms;
      useSynonyms = from.useSynonyms;
      k1 = from.k1;
      b = from.b;
      titleBoost = from.titleBoost;
      haikuBoost = from.haikuBoost;
      bodyBoost = from.bodyBoost;
      referencesBoost = from.referencesBoost;
      proximityBoost = from.proximityBoost;
      recencyHalfLifeDays = from.recencyHalfLifeDays;
      ramBufferMb = from.ramBufferMb;
      searchTimeoutMs = from.searchTimeoutMs;
      feedbackDocs = from.feedbackDocs;
      feedbackTerms = from.feedbackTerms;
      feedbackWeight = from.feedbackWeight;
    }

    /** The English stemmer. */
    public Builder stemmer(Stemmer value) {
      stemmer = value;
      return this;
    }

    /** Whether stop words are removed. */
    public Builder stopWords(boolean value) {
      stopWords = value;
      return this;
    }

    /** Whether accents are folded. */
    public Builder asciiFolding(boolean value) {
      asciiFolding = value;
      return this;
    }

    /** A Solr-format synonyms file, or {@code null} for the built-in set. */
    public Builder synonyms(Path value) {
      synonyms = value;
      return this;
    }

    /** Whether synonyms are applied at all. */
    public Builder useSynonyms(boolean value) {
      useSynonyms = value;
      return this;
    }

    /** BM25's parameters. */
    public Builder bm25(float k1Value, float bValue) {
      k1 = k1Value;
      b = bValue;
      return this;
    }

    /** The field weights. */
    public Builder fieldBoosts(float title, float haiku, float body, float references) {
      titleBoost = title;
      haikuBoost = haiku;
      bodyBoost = body;
      referencesBoost = references;
      return this;
    }

    /** The proximity bonus weight. */
    public Builder proximityBoost(float value) {
      proximityBoost = value;
      return this;
    }

    /** The recency half-life, in days. */
    public Builder recencyHalfLifeDays(double value) {
      recencyHalfLifeDays = value;
      return this;
    }

    /** The indexing buffer, in megabytes. */
    public Builder ramBufferMb(double value) {
      ramBufferMb = value;
      return this;
    }

    /** The time budget of one search, in milliseconds. */
    public Builder searchTimeoutMs(long value) {
      searchTimeoutMs = value;
      return this;
    }

    /** Pseudo-relevance feedback: articles read, words added, weight of the user's query; 0 docs: off. */
    public Builder feedback(int docs, int terms, float weight) {
      feedbackDocs = docs;
      feedbackTerms = terms;
      feedbackWeight = weight;
      return this;
    }

    /** The validated configuration. */
    public GazetteConfig build() {
      return new GazetteConfig(stemmer, stopWords, asciiFolding, synonyms, useSynonyms, k1, b, titleBoost, haikuBoost,
          bodyBoost, referencesBoost, proximityBoost, recencyHalfLifeDays, ramBufferMb, searchTimeoutMs, feedbackDocs,
          feedbackTerms, feedbackWeight);
    }
  }
}

package dev.gazette;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How an engine analyzes and ranks text and what it may spend, in three immutable parts: {@link
 * Analysis}, {@link Ranking} and {@link Operations}. Each part validates itself and keeps its
 * defaults on the fields of its builder, so a change names only what differs from them:
 *
 * <pre>{@code
 * GazetteConfig config = GazetteConfig.defaults()
 *     .withAnalysis(a -> a.stemmer(Stemmer.KSTEM))
 *     .withRanking(r -> r.k1(0.9f).b(0.4f).proximityBoost(0))
 *     .withOperations(o -> o.searchTimeoutMs(2_000));
 * }</pre>
 *
 * <p>Index-time analysis (stemmer, stop words, folding) is fixed when an index is built; change it
 * and reindex. Synonyms apply at query time, and ranking settings to every search.
 *
 * @param analysis how text is analyzed
 * @param ranking how matches are scored
 * @param operations the engine's memory and time budgets
 * @param semantic search by meaning: the embedder (none by default in core) and the fusion
 */
public record GazetteConfig(Analysis analysis, Ranking ranking, Operations operations, SemanticSearch semantic) {

  private static final GazetteConfig DEFAULTS = new GazetteConfig(new Analysis.Builder().build(),
      new Ranking.Builder().build(), new Operations.Builder().build(), new SemanticSearch.Builder().build());

  /** Checks every part is there. */
  public GazetteConfig {
    if (analysis == null || ranking == null || operations == null || semantic == null) {
      throw new IllegalArgumentException("analysis, ranking, operations and semantic must all be set");
    }
  }

  /**
   * The defaults, chosen by measurement on judged test collections (docs/relevance.md): Porter
   * stemming, stop words removed, accents folded, the built-in synonyms; BM25 k1 1.2, b 0.6; title,
   * haiku and body weighed alike and references at 0.5; proximity bonus 0.5; recency halving every
   * 30 days; no pseudo-relevance feedback (it cost over ten times a plain search for +0.013 nDCG@10
   * and nothing on the news collection; {@link #withFeedback withFeedback(5, 20, 0.8f)} turns on the
   * setting measured best, whose 20 words and 0.8 stay the defaults); a 64 MB indexing buffer and a
   * 5 s search budget.
   */
  public static GazetteConfig defaults() {
    return DEFAULTS;
  }

  /** This configuration with its analysis changed by {@code change}, which sets what differs. */
  public GazetteConfig withAnalysis(Consumer<Analysis.Builder> change) {
    Analysis.Builder builder = new Analysis.Builder(analysis);
    change.accept(builder);
    return new GazetteConfig(builder.build(), ranking, operations, semantic);
  }

  /** This configuration with its ranking changed by {@code change}, which sets what differs. */
  public GazetteConfig withRanking(Consumer<Ranking.Builder> change) {
    Ranking.Builder builder = new Ranking.Builder(ranking);
    change.accept(builder);
    return new GazetteConfig(analysis, builder.build(), operations, semantic);
  }

  /** This configuration with its operations changed by {@code change}, which sets what differs. */
  public GazetteConfig withOperations(Consumer<Operations.Builder> change) {
    Operations.Builder builder = new Operations.Builder(operations);
    change.accept(builder);
    return new GazetteConfig(analysis, ranking, builder.build(), semantic);
  }

  /** This configuration with its search by meaning changed by {@code change}, which sets what differs. */
  public GazetteConfig withSemantic(Consumer<SemanticSearch.Builder> change) {
    SemanticSearch.Builder builder = new SemanticSearch.Builder(semantic);
    change.accept(builder);
    return new GazetteConfig(analysis, ranking, operations, builder.build());
  }

  /**
   * This configuration embedding articles and queries with {@code embedder} ({@code null}: none),
   * so that searches rank by meaning as well as by words: {@code withSemantic(s -> s.embedder(embedder))}.
   */
  public GazetteConfig withEmbedder(Embedder embedder) {
    return withSemantic(s -> s.embedder(embedder));
  }

  /**
   * This configuration with pseudo-relevance feedback, the one ranking switch the documentation
   * offers by itself: {@code withRanking(r -> r.feedback(docs, terms, weight))}.
   */
  public GazetteConfig withFeedback(int docs, int terms, float weight) {
    return withRanking(r -> r.feedback(docs, terms, weight));
  }

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

  /**
   * How text is analyzed. The first three are fixed when an index is built (the index records them
   * and is always searched with its own); the synonyms apply at query time.
   *
   * @param stemmer the English stemmer of the text fields
   * @param stopWords whether English stop words are removed from the stemmed text fields
   * @param asciiFolding whether accents are folded ({@code café} matches {@code cafe})
   * @param synonyms a synonyms file in Solr format applied at query time; {@code null} for the
   *     built-in set of news names (DPRK / North Korea, U.S. / United States, …)
   * @param useSynonyms whether query-time synonyms are applied at all
   */
  public record Analysis(Stemmer stemmer, boolean stopWords, boolean asciiFolding, Path synonyms, boolean useSynonyms) {

    /** Checks a stemmer is chosen. */
    public Analysis {
      if (stemmer == null) {
        throw new IllegalArgumentException("stemmer must be set");
      }
    }

    /** Sets analysis choices; a field not set keeps its default (or the value it is copied from). */
    public static final class Builder {
      private Stemmer stemmer = Stemmer.PORTER;
      private boolean stopWords = true;
      private boolean asciiFolding = true;
      private Path synonyms;
      private boolean useSynonyms = true;

      private Builder() {}

      private Builder(Analysis from) {
        stemmer = from.stemmer;
        stopWords = from.stopWords;
        asciiFolding = from.asciiFolding;
        synonyms = from.synonyms;
        useSynonyms = from.useSynonyms;
      }

      /** The English stemmer (default Porter). */
      public Builder stemmer(Stemmer value) {
        stemmer = value;
        return this;
      }

      /** Whether stop words are removed (default yes). */
      public Builder stopWords(boolean value) {
        stopWords = value;
        return this;
      }

      /** Whether accents are folded (default yes). */
      public Builder asciiFolding(boolean value) {
        asciiFolding = value;
        return this;
      }

      /** A Solr-format synonyms file, or {@code null} for the built-in set (the default). */
      public Builder synonyms(Path value) {
        synonyms = value;
        return this;
      }

      /** Whether synonyms are applied at all (default yes). */
      public Builder useSynonyms(boolean value) {
        useSynonyms = value;
        return this;
      }

      private Analysis build() {
        return new Analysis(stemmer, stopWords, asciiFolding, synonyms, useSynonyms);
      }
    }
  }

  /**
   * How matches are scored. Applies to every search, on any index.
   *
   * @param k1 BM25 term-frequency saturation
   * @param b BM25 length normalisation
   * @param titleBoost weight of the title
   * @param haikuBoost weight of the haiku
   * @param bodyBoost weight of the body
   * @param referencesBoost weight of the referenced-articles line
   * @param proximityBoost weight of the bonus for query words that appear close together (0: off)
   * @param recencyHalfLifeDays for {@link SearchRequest.Sort#RECENCY}: the age, counted back from the
   *     newest article in the index, at which the freshness bonus halves
   * @param feedbackDocs pseudo-relevance feedback (RM3): how many top-ranked articles a
   *     relevance-sorted query is expanded from; 0 turns feedback off
   * @param feedbackTerms pseudo-relevance feedback: how many expansion words are added
   * @param feedbackWeight pseudo-relevance feedback: the weight of the user's query against the
   *     expansion words, between 0 and 1 (1: the expansion does nothing)
   */
  public record Ranking(
      float k1,
      float b,
      float titleBoost,
      float haikuBoost,
      float bodyBoost,
      float referencesBoost,
      float proximityBoost,
      double recencyHalfLifeDays,
      int feedbackDocs,
      int feedbackTerms,
      float feedbackWeight) {

    /** The most feedback articles, and the most feedback words, a query may use. */
    public static final int MAX_FEEDBACK = 100;

    /** Checks the numbers are in range. */
    public Ranking {
      if (!(k1 >= 0) || !(b >= 0 && b <= 1)) {
        throw new IllegalArgumentException("BM25 needs k1 >= 0 and 0 <= b <= 1");
      }
      if (!(titleBoost >= 0 && haikuBoost >= 0 && bodyBoost >= 0 && referencesBoost >= 0 && proximityBoost >= 0)) {
        throw new IllegalArgumentException("boosts must not be negative");
      }
      if (!(recencyHalfLifeDays > 0)) {
        throw new IllegalArgumentException("recencyHalfLifeDays must be positive");
      }
      if (feedbackDocs < 0 || feedbackDocs > MAX_FEEDBACK || feedbackTerms < 1 || feedbackTerms > MAX_FEEDBACK
          || !(feedbackWeight >= 0 && feedbackWeight <= 1)) {
        throw new IllegalArgumentException("feedback needs 0 to " + MAX_FEEDBACK + " docs, 1 to " + MAX_FEEDBACK
            + " terms and a weight from 0 to 1");
      }
    }

    /** Sets ranking choices; a field not set keeps its default (or the value it is copied from). */
    public static final class Builder {
      private float k1 = 1.2f;
      private float b = 0.6f;
      private float titleBoost = 1f;
      private float haikuBoost = 1f;
      private float bodyBoost = 1f;
      private float referencesBoost = 0.5f;
      private float proximityBoost = 0.5f;
      private double recencyHalfLifeDays = 30;
      private int feedbackDocs;
      private int feedbackTerms = 20;
      private float feedbackWeight = 0.8f;

      private Builder() {}

      private Builder(Ranking from) {
        k1 = from.k1;
        b = from.b;
        fieldBoosts(from.titleBoost, from.haikuBoost, from.bodyBoost, from.referencesBoost);
        proximityBoost = from.proximityBoost;
        recencyHalfLifeDays = from.recencyHalfLifeDays;
        feedback(from.feedbackDocs, from.feedbackTerms, from.feedbackWeight);
      }

      /** BM25 term-frequency saturation (default 1.2). */
      public Builder k1(float value) {
        k1 = value;
        return this;
      }

      /** BM25 length normalisation (default 0.6). */
      public Builder b(float value) {
        b = value;
        return this;
      }

      /** The field weights of title, haiku, body and references (default 1, 1, 1, 0.5). */
      public Builder fieldBoosts(float title, float haiku, float body, float references) {
        titleBoost = title;
        haikuBoost = haiku;
        bodyBoost = body;
        referencesBoost = references;
        return this;
      }

      /** The weight of the proximity bonus (default 0.5; 0 turns it off). */
      public Builder proximityBoost(float value) {
        proximityBoost = value;
        return this;
      }

      /** The recency half-life, in days (default 30). */
      public Builder recencyHalfLifeDays(double value) {
        recencyHalfLifeDays = value;
        return this;
      }

      /**
       * Pseudo-relevance feedback: relevance-sorted queries expanded with {@code terms} words from
       * their {@code docs} best articles, the query weighing {@code weight} against the expansion's
       * {@code 1 - weight}; {@code docs} 0 turns it off (default 0, 20, 0.8).
       */
      public Builder feedback(int docs, int terms, float weight) {
        feedbackDocs = docs;
        feedbackTerms = terms;
        feedbackWeight = weight;
        return this;
      }

      private Ranking build() {
        return new Ranking(k1, b, titleBoost, haikuBoost, bodyBoost, referencesBoost, proximityBoost,
            recencyHalfLifeDays, feedbackDocs, feedbackTerms, feedbackWeight);
      }
    }
  }

  /**
   * What the engine may spend: memory while indexing, time per search.
   *
   * @param ramBufferMb indexing buffer before a flush, in megabytes
   * @param searchTimeoutMs the time budget of one search, in milliseconds: a search that runs past
   *     it stops and returns the hits found so far, flagged {@link SearchResult#timedOut()}
   */
  public record Operations(double ramBufferMb, long searchTimeoutMs) {

    /** Checks the budgets are at least 1. */
    public Operations {
      if (!(ramBufferMb >= 1)) {
        throw new IllegalArgumentException("ramBufferMb must be at least 1");
      }
      if (searchTimeoutMs < 1) {
        throw new IllegalArgumentException("searchTimeoutMs must be at least 1");
      }
    }

    /** Sets the budgets; a field not set keeps its default (or the value it is copied from). */
    public static final class Builder {
      private double ramBufferMb = 64;
      private long searchTimeoutMs = 5_000;

      private Builder() {}

      private Builder(Operations from) {
        ramBufferMb = from.ramBufferMb;
        searchTimeoutMs = from.searchTimeoutMs;
      }

      /** The indexing buffer, in megabytes (default 64). */
      public Builder ramBufferMb(double value) {
        ramBufferMb = value;
        return this;
      }

      /** The time budget of one search, in milliseconds (default 5,000). */
      public Builder searchTimeoutMs(long value) {
        searchTimeoutMs = value;
        return this;
      }

      private Operations build() {
        return new Operations(ramBufferMb, searchTimeoutMs);
      }
    }
  }
}

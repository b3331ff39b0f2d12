package dev.gazette.cli;

import dev.gazette.GazetteConfig;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Switches that change the engine's configuration from {@link GazetteConfig#defaults()}: analysis
 * (stemmer, stop words, folding), which needs an index built for it, and ranking (BM25, field
 * weights, proximity, feedback), which applies to any index. An option not given keeps the default.
 */
final class ConfigOptions {
  @Option(
      names = "--stemmer",
      paramLabel = "NAME",
      description = "English stemmer: ${COMPLETION-CANDIDATES} (any case; needs --docs).")
  GazetteConfig.Stemmer stemmer;

  @Option(
      names = "--stopwords",
      negatable = true,
      description = "Remove English stop words from the stemmed text; --no-stopwords keeps them (needs --docs).")
  Boolean stopWords;

  @Option(
      names = "--folding",
      negatable = true,
      description = "Fold accents (café matches cafe); --no-folding keeps them (needs --docs).")
  Boolean folding;

  @Option(names = "--k1", paramLabel = "X", description = "BM25 term-frequency saturation, 0 or more.")
  Float k1;

  @Option(names = "--b", paramLabel = "X", description = "BM25 length normalisation, 0 to 1.")
  Float b;

  @Option(
      names = "--boosts",
      paramLabel = "T,H,B,R",
      split = ",",
      description = "Field weights of title, haiku, body and references, for example 1,1,1,1.")
  List<Float> boosts;

  @Option(
      names = "--proximity",
      paramLabel = "X",
      description = "Weight of the bonus for query words standing close together; 0 turns it off.")
  Float proximity;

  @Option(
      names = "--feedback",
      paramLabel = "SPEC",
      converter = FeedbackConverter.class,
      description = "Pseudo-relevance feedback (RM3): off, rm3 (10 articles, 10 words, query weight 0.5) "
          + "or DOCS,TERMS,WEIGHT, for example 10,20,0.6.")
  Feedback feedback;

  /**
   * The feedback part of a configuration.
   *
   * @param docs articles read; 0 turns feedback off
   * @param terms words added
   * @param weight weight of the user's query against the added words
   */
  record Feedback(int docs, int terms, float weight) {
    /** Anserini's BM25+RM3 settings. */
    static final Feedback RM3 = new Feedback(10, 10, 0.5f);
  }

  /** True when an analysis switch was given, which only an index built for it can honour. */
  boolean changesAnalysis() {
    return stemmer != null || stopWords != null || folding != null;
  }

  /**
   * The defaults with every given switch applied. Throws {@link IllegalArgumentException} saying
   * what is out of range.
   */
  GazetteConfig config() {
    if (boosts != null && boosts.size() != 4) {
      throw new IllegalArgumentException(
          "--boosts takes four weights, title,haiku,body,references; got " + boosts.size());
    }
    return GazetteConfig.defaults().withAnalysis(this::analysis).withRanking(this::ranking);
  }

  private void analysis(GazetteConfig.Analysis.Builder analysis) {
    if (stemmer != null) {
      analysis.stemmer(stemmer);
    }
    if (stopWords != null) {
      analysis.stopWords(stopWords);
    }
    if (folding != null) {
      analysis.asciiFolding(folding);
    }
  }

  private void ranking(GazetteConfig.Ranking.Builder ranking) {
    if (k1 != null) {
      ranking.k1(k1);
    }
    if (b != null) {
      ranking.b(b);
    }
    if (boosts != null) {
      ranking.fieldBoosts(boosts.get(0), boosts.get(1), boosts.get(2), boosts.get(3));
    }
    if (proximity != null) {
      ranking.proximityBoost(proximity);
    }
    if (feedback != null) {
      ranking.feedback(feedback.docs(), feedback.terms(), feedback.weight());
    }
  }

  /** {@code config} in one line, for the head of a report. */
  static String describe(GazetteConfig config, boolean analysisKnown) {
    GazetteConfig.Analysis a = config.analysis();
    GazetteConfig.Ranking r = config.ranking();
    String analysis = !analysisKnown ? "analysis as the index was built"
        : String.format(Locale.ROOT, "%s stemmer, stop words %s, folding %s",
            a.stemmer().name().toLowerCase(Locale.ROOT), a.stopWords() ? "removed" : "kept",
            a.asciiFolding() ? "on" : "off");
    String feedback = r.feedbackDocs() == 0 ? "off"
        : String.format(Locale.ROOT, "%d docs, %d terms, weight %s", r.feedbackDocs(), r.feedbackTerms(),
            number(r.feedbackWeight()));
    return String.format(Locale.ROOT, "%s; BM25 k1 %s b %s; boosts %s,%s,%s,%s; proximity %s; feedback %s",
        analysis, number(r.k1()), number(r.b()), number(r.titleBoost()), number(r.haikuBoost()),
        number(r.bodyBoost()), number(r.referencesBoost()), number(r.proximityBoost()), feedback);
  }

  private static String number(float value) {
    return value == Math.rint(value) ? Integer.toString((int) value) : Float.toString(value);
  }

  /** Reads a {@code --feedback} spec. */
  static final class FeedbackConverter implements ITypeConverter<Feedback> {
    @Override
    public Feedback convert(String value) {
      String spec = value.strip().toLowerCase(Locale.ROOT);
      if (spec.equals("off")) {
        return new Feedback(0, Feedback.RM3.terms(), Feedback.RM3.weight());
      }
      if (spec.equals("rm3")) {
        return Feedback.RM3;
      }
      String[] parts = spec.split(",");
      if (parts.length != 3) {
        throw invalid(value);
      }
      try {
        return new Feedback(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
            Float.parseFloat(parts[2].strip()));
      } catch (NumberFormatException e) {
        throw invalid(value);
      }
    }

    private static TypeConversionException invalid(String value) {
      return new TypeConversionException("'" + value + "' is not off, rm3 or DOCS,TERMS,WEIGHT such as 10,10,0.5");
    }
  }
}

package dev.gazette.plan;

import dev.gazette.analysis.Schema;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * One node of a query plan's match tree: what an article must hold and how it scores, every weight
 * and expansion already decided ({@link QueryPlanner}). Each backend translates the tree node for
 * node (Lucene queries, OpenSearch's query language) and decides nothing of its own.
 */
public sealed interface Match {

  /** Which analysis turns a phrase's text into the terms it matches. */
  enum Analysis {
    /** The stemmed English chain with the query synonyms. */
    ENGLISH_QUERY,
    /** The unstemmed chain keeping stop words, with the query synonyms. */
    EXACT_QUERY,
    /** The stemmed English chain as documents are indexed (the proximity bonus, a synonym's alternatives). */
    ENGLISH,
    /** The unstemmed chain as documents are indexed (a synonym's alternatives in quoted text). */
    EXACT;

    /** This analysis as {@code schema}'s analyzer. */
    public Analyzer of(Schema schema) {
      return switch (this) {
        case ENGLISH_QUERY -> schema.queryEnglish();
        case EXACT_QUERY -> schema.queryExact();
        case ENGLISH -> schema.english();
        case EXACT -> schema.exact();
      };
    }

    /** This analysis without the query synonyms: the chain documents are indexed with. */
    public Analysis indexed() {
      return switch (this) {
        case ENGLISH_QUERY, ENGLISH -> ENGLISH;
        case EXACT_QUERY, EXACT -> EXACT;
      };
    }
  }

  /**
   * The words of {@code text}, analyzed by {@code analysis}, in order in {@code field} (a single word
   * is a term, synonyms are alternatives), at most {@code slop} positions apart.
   */
  record Phrase(String field, String text, Analysis analysis, float boost, int slop) implements Match {}

  /** Every term of {@code field} beginning with {@code prefix} (already normalized), at one constant score. */
  record Prefix(String field, String prefix, float boost) implements Match {}

  /**
   * The terms of {@code field} at most {@code edits} edits from {@code word} (transpositions count as
   * one), sharing its first {@code prefixLength} letters: the {@code maxTerms} closest scored, or
   * all of them at one constant score when {@code maxTerms} is {@code 0}.
   */
  record Fuzzy(String field, String word, int edits, int prefixLength, int maxTerms, float boost) implements Match {
    /** Whether every near miss matches at one constant score. */
    public boolean constantScore() {
      return maxTerms == 0;
    }
  }

  /** The exact, unanalyzed {@code value} of {@code field} (the article id). */
  record Term(String field, String value) implements Match {}

  /**
   * Articles holding {@code value} in facet {@code dimension} ({@code published}: a {@code yyyy/mm}
   * path), scored as the one term Lucene's facet drill-down indexes for it ({@link #drillDownTerm()}).
   */
  record FacetValue(String dimension, String value) implements Match {
    /**
     * The term of the value in the field holding every dimension's drill-down terms, as Lucene's
     * facets index it (the dimension and the value's path). A path with an empty step ({@code
     * 1987//03}) is no facet value: its raw text is a term no article holds.
     */
    public String drillDownTerm() {
      String[] path = dimension.equals(Schema.PUBLISHED) ? value.split("/") : new String[] {value};
      return Arrays.stream(path).noneMatch(String::isEmpty)
          ? FacetsConfig.pathToString(dimension, path)
          : dimension + FacetsConfig.DELIM_CHAR + value;
    }
  }

  /** The best of {@code alternatives}, topped up by {@code tieBreaker} times the others. */
  record DisMax(List<Match> alternatives, float tieBreaker, float boost) implements Match {
    /** Copies the alternatives. */
    public DisMax {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** Any of {@code alternatives}, their scores summed. */
  record AnyOf(List<Match> alternatives) implements Match {
    /** Copies the alternatives. */
    public AnyOf {
      alternatives = List.copyOf(alternatives);
    }
  }

  /**
   * Every one of {@code must}, any of {@code should} (all optional when {@code must} is empty, at
   * least one then required), none of {@code mustNot}; scores summed.
   */
  record Bool(List<Match> must, List<Match> should, List<Match> mustNot) implements Match {
    /** Copies the parts. */
    public Bool {
      must = List.copyOf(must);
      should = List.copyOf(should);
      mustNot = List.copyOf(mustNot);
    }
  }

  /** Every article, at one constant score. */
  record All() implements Match {}
}

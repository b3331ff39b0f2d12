package dev.gazette.search;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.analysis.Schema;
import dev.gazette.search.Clause.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns parsed user clauses into Lucene queries: a ranking query over the weighted text fields
 * with a proximity bonus, and a highlight query over the stored fields that snippets come from.
 */
public final class QueryFactory {
  /** How much the best-matching field's score is topped up by the other fields' scores. */
  private static final float TIE_BREAKER = 0.3f;
  /** How far apart query words may be for the proximity bonus. */
  private static final int PROXIMITY_SLOP = 3;
  private static final List<String> HIGHLIGHTED = List.of(Schema.TITLE, Schema.BODY);
  /** Shortest word allowed one typo. */
  private static final int ONE_TYPO = 5;
  /** Shortest word allowed two typos. */
  private static final int TWO_TYPOS = 9;
  /** How a match with a typo weighs against an exact match. */
  private static final float TYPO_WEIGHT = 0.5f;

  private final Schema schema;
  private final FacetsConfig facetsConfig;
  private final Map<String, Float> weights;
  private final float proximityBoost;
  private final SynonymSpans synonymSpans;
  private final int budget;

  /** A factory for indexes of {@code schema}, weighting fields as {@code config} says. */
  public QueryFactory(Schema schema, FacetsConfig facetsConfig, GazetteConfig config) {
    this.schema = schema;
    this.facetsConfig = facetsConfig;
    this.weights = new LinkedHashMap<>();
    weights.put(Schema.TITLE, config.ranking().titleBoost());
    weights.put(Schema.HAIKU, config.ranking().haikuBoost());
    weights.put(Schema.BODY, config.ranking().bodyBoost());
    weights.put(Schema.REFERENCES, config.ranking().referencesBoost());
    this.proximityBoost = config.ranking().proximityBoost();
    this.synonymSpans = new SynonymSpans(schema.queryExact());
    this.budget = ClauseBudget.forRanking(config.ranking().feedbackTerms() * weights.size());
  }

  /** The ranking query of {@code clauses}, whose plain words combine by {@code operator}. */
  public Query ranking(List<Clause> clauses, Operator operator) {
    return ranking(clauses, operator, false);
  }

  /**
   * The ranking query of {@code clauses} with each plain word also matching words a typo or two
   * away (one edit from {@value #ONE_TYPO} letters, two from {@value #TWO_TYPOS}), ranked below
   * exact matches.
   */
  public Query typoTolerant(List<Clause> clauses, Operator operator) {
    return ranking(clauses, operator, true);
  }

  /**
   * True when {@code clauses} are plain words only (the last one perhaps also a typed prefix), the
   * queries typo tolerance applies to.
   */
  public static boolean allowsTypos(List<Clause> clauses) {
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (!c.excluded() && !(c.kind() == Kind.WORD && c.field() == null) && !UserQueryParser.isTypedPrefix(clauses, i)) {
        return false;
      }
    }
    return !clauses.isEmpty();
  }

  /**
   * True when {@code request}, whose query parsed to {@code clauses}, is searched again with near
   * misses should it match nothing: it allows typos and its query is plain words.
   */
  public static boolean retriesWithTypos(SearchRequest request, List<Clause> clauses) {
    return request.typoTolerance() && allowsTypos(clauses);
  }

  /**
   * How far the prefixes and near misses of the ranking query of {@code clauses} may expand within
   * the clause budget (the OpenSearch translation expands alike).
   */
  public Expansion expansion(List<Clause> clauses, Operator operator, boolean typos) {
    return ClauseBudget.plan(budget, expansion -> ranking(clauses, operator, typos, expansion));
  }

  /** How far the prefixes and near misses of the highlight query of {@code clauses} may expand. */
  public Expansion highlightExpansion(List<Clause> clauses, boolean typos) {
    return ClauseBudget.plan(budget, expansion -> highlight(clauses, typos, expansion));
  }

  private Query ranking(List<Clause> clauses, Operator operator, boolean typos) {
    return ranking(clauses, operator, typos, expansion(clauses, operator, typos));
  }

  private Query ranking(List<Clause> clauses, Operator operator, boolean typos, Expansion expansion) {
    ClauseGroups<Query> grouped = ClauseGroups.of(synonymSpans.merge(clauses),
        clause -> clauseQuery(clause, weights.keySet(), true, typos && !clause.excluded(), expansion),
        this::acrossExactFields);
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    Occur occur = operator == Operator.AND ? Occur.MUST : Occur.SHOULD;
    grouped.groups().forEach(alternatives -> builder.add(anyOf(alternatives), occur));
    if (grouped.groups().isEmpty()) {
      builder.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    grouped.excluded().forEach(query -> builder.add(query, Occur.MUST_NOT));
    Query proximity = expansion.proximity() ? proximity(clauses) : null;
    if (proximity != null) {
      builder.add(proximity, Occur.SHOULD);
    }
    return builder.build();
  }

  /** A query whose matches in the title and body are the words to highlight, or {@code null}. */
  public Query highlight(List<Clause> clauses, boolean typos) {
    Query full = highlight(clauses, typos, Expansion.FULL);
    if (full == null) {
      return null;
    }
    Expansion expansion = highlightExpansion(clauses, typos);
    return expansion.equals(Expansion.FULL) ? full : highlight(clauses, typos, expansion);
  }

  private Query highlight(List<Clause> clauses, boolean typos, Expansion expansion) {
    List<Query> positive = new ArrayList<>();
    for (Clause clause : synonymSpans.merge(clauses)) {
      if (!clause.excluded()) {
        Query query = clauseQuery(clause, HIGHLIGHTED, false, typos, expansion);
        if (query != null) {
          positive.add(query);
        }
      }
    }
    return positive.isEmpty() ? null : anyOf(positive);
  }

  private Query clauseQuery(Clause clause, Iterable<String> textFields, boolean weighted, boolean typos,
      Expansion expansion) {
    if (clause.field() == null) {
      Query exact = acrossFields(clause, textFields, weighted);
      Query fuzzy = typos && clause.kind() == Kind.WORD ? typoTolerant(clause, textFields, weighted, expansion) : null;
      return fuzzy == null ? exact : exact == null ? fuzzy : anyOf(List.of(exact, fuzzy));
    }
    if (Schema.TEXT_FIELDS.contains(clause.field())) {
      boolean wanted = false;
      for (String field : textFields) {
        wanted |= field.equals(clause.field());
      }
      return wanted ? acrossFields(clause, List.of(clause.field()), weighted) : null;
    }
    if (!weighted) {
      return null;
    }
    if (clause.field().equals(Schema.ID)) {
      return new TermQuery(new Term(Schema.ID, clause.text()));
    }
    String dimension = clause.field();
    String[] path = dimension.equals(Schema.PUBLISHED) ? clause.text().split("/") : new String[] {clause.text()};
    String indexField = facetsConfig.getDimConfig(dimension).indexFieldName;
    return new TermQuery(DrillDownQuery.term(indexField, dimension, path));
  }

  private Query acrossFields(Clause clause, Iterable<String> fields, boolean weighted) {
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      Query query = fieldQuery(clause, weighted ? exactIfNeeded(clause, field) : field);
      if (query != null) {
        perField.add(weighted ? new BoostQuery(query, weights.get(field)) : query);
      }
    }
    if (perField.isEmpty()) {
      return null;
    }
    return perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  /** A word in the unstemmed fields, which keep stop words. */
  private Query acrossExactFields(Clause clause) {
    List<Query> perField = new ArrayList<>();
    for (String field : weights.keySet()) {
      Query query = new QueryBuilder(schema.queryExact()).createPhraseQuery(field + Schema.EXACT, clause.text());
      if (query != null) {
        perField.add(new BoostQuery(query, weights.get(field)));
      }
    }
    return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  /** The word's near misses in the unstemmed fields, or {@code null} when the word is too short for typos. */
  private Query typoTolerant(Clause clause, Iterable<String> fields, boolean weighted, Expansion expansion) {
    String word = schema.exact().normalize(Schema.BODY + Schema.EXACT, clause.text()).utf8ToString();
    int letters = word.codePointCount(0, word.length());
    int edits = letters >= TWO_TYPOS ? 2 : letters >= ONE_TYPO ? 1 : 0;
    if (edits == 0 || word.contains(" ")) {
      return null;
    }
    List<Query> perField = new ArrayList<>();
    for (String field : fields) {
      String target = weighted ? field + Schema.EXACT : field;
      Query fuzzy = new FuzzyQuery(new Term(target, word), edits, 1, Expansion.MAX_FUZZY_TERMS, true,
          expansion.constantScore()
              ? MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
              : new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(expansion.fuzzyTerms()));
      perField.add(weighted ? new BoostQuery(fuzzy, weights.get(field) * TYPO_WEIGHT) : fuzzy);
    }
    return new DisjunctionMaxQuery(perField, TIE_BREAKER);
  }

  private static String exactIfNeeded(Clause clause, String field) {
    return clause.kind() == Kind.WORD ? field : field + Schema.EXACT;
  }

  private Query fieldQuery(Clause clause, String field) {
    Analyzer analyzer = field.endsWith(Schema.EXACT) ? schema.queryExact() : schema.queryEnglish();
    return switch (clause.kind()) {
      case WORD, PHRASE -> new QueryBuilder(analyzer).createPhraseQuery(field, clause.text());
      case PREFIX -> prefix(field, analyzer.normalize(field, clause.text()));
    };
  }

  /** Every word beginning with {@code normalized}, at one constant score ({@link Expansion} says why). */
  private static Query prefix(String field, BytesRef normalized) {
    return normalized.length == 0
        ? null
        : new PrefixQuery(new Term(field, normalized), MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
  }

  /**
   * The plain words of {@code clauses} (no field, not excluded) joined by spaces, the text whose
   * words standing close together earn the proximity bonus; {@code null} for fewer than two.
   */
  public static String proximityText(List<Clause> clauses) {
    List<String> words = new ArrayList<>();
    for (Clause clause : clauses) {
      if (clause.kind() == Kind.WORD && clause.field() == null && !clause.excluded()) {
        words.add(clause.text());
      }
    }
    return words.size() < 2 ? null : String.join(" ", words);
  }

  /** A bonus for articles where the plain query words stand close together in title or body. */
  private Query proximity(List<Clause> clauses) {
    if (proximityBoost == 0) {
      return null;
    }
    String text = proximityText(clauses);
    if (text == null) {
      return null;
    }
    QueryBuilder builder = new QueryBuilder(schema.english());
    List<Query> perField = new ArrayList<>();
    for (String field : HIGHLIGHTED) {
      Query phrase = builder.createPhraseQuery(field, text, PROXIMITY_SLOP);
      if (phrase != null && !(phrase instanceof TermQuery)) {
        perField.add(new BoostQuery(phrase, weights.get(field)));
      }
    }
    return perField.isEmpty() ? null : new BoostQuery(new DisjunctionMaxQuery(perField, 0f), proximityBoost);
  }

  private static Query anyOf(List<Query> alternatives) {
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    alternatives.forEach(query -> builder.add(query, Occur.SHOULD));
    return builder.build();
  }
}

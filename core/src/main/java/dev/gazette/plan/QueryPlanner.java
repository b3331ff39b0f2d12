package dev.gazette.plan;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SemanticSearch;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.analysis.Schema;
import dev.gazette.plan.Match.Analysis;
import dev.gazette.search.Clause;
import dev.gazette.search.Clause.Kind;
import dev.gazette.search.ClauseBudget;
import dev.gazette.search.ClauseGroups;
import dev.gazette.search.Expansion;
import dev.gazette.search.FilterPlan;
import dev.gazette.search.QueryFactory;
import dev.gazette.search.SynonymAlternatives;
import dev.gazette.search.SynonymSpans;
import dev.gazette.search.UserQueryParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.Query;

/**
 * The one set of rules turning a request and its parsed clauses into a {@link QueryPlan}: per word
 * a dis-max over the weighted text fields (the best field counts fully, the others at {@value
 * #TIE_BREAKER}), phrases and prefixes on the unstemmed fields, near misses a typo or two away
 * (one edit from {@value #ONE_TYPO} letters, two from {@value #TWO_TYPOS}) weighing {@value
 * #TYPO_WEIGHT} of an exact match, words OR-ed in a group together, a query of stop words only as
 * their phrase, a synonym of several words as its alternatives ({@link SynonymAlternatives}), the
 * proximity bonus for plain words within {@value #PROXIMITY_SLOP} positions (not in the typo retry:
 * the exact words matched nothing there, so no phrase of them can), and the expansion of
 * prefixes and near misses within the clause budget ({@link ClauseBudget}, counted on the Lucene
 * translation). Both backends run what it decides.
 */
public final class QueryPlanner {
  /** How much the best-matching field's score is topped up by the other fields' scores. */
  public static final float TIE_BREAKER = 0.3f;
  /** How far apart query words may be for the proximity bonus. */
  private static final int PROXIMITY_SLOP = 3;
  private static final List<String> HIGHLIGHTED = List.of(Schema.TITLE, Schema.BODY);
  /** Shortest word allowed one typo. */
  private static final int ONE_TYPO = 5;
  /** Shortest word allowed two typos. */
  private static final int TWO_TYPOS = 9;
  /** Letters at the start of a word a typo never changes. */
  private static final int TYPO_FREE_PREFIX = 1;
  /** How a match with a typo weighs against an exact match. */
  private static final float TYPO_WEIGHT = 0.5f;

  private final Schema schema;
  private final Map<String, Float> weights = new LinkedHashMap<>();
  private final List<String> weighted;
  private final float proximityBoost;
  private final double recencyHalfLifeDays;
  private final SynonymSpans synonymSpans;
  private final SynonymAlternatives synonymAlternatives;
  private final int budget;
  private final QueryFactory counted;
  private final SemanticSearch semanticDefaults;

  /** Plans for indexes of {@code schema}, weighted as {@code config} says. */
  public QueryPlanner(Schema schema, GazetteConfig config) {
    this.schema = schema;
    weights.put(Schema.TITLE, config.ranking().titleBoost());
    weights.put(Schema.HAIKU, config.ranking().haikuBoost());
    weights.put(Schema.BODY, config.ranking().bodyBoost());
    weights.put(Schema.REFERENCES, config.ranking().referencesBoost());
    this.weighted = List.copyOf(weights.keySet());
    this.proximityBoost = config.ranking().proximityBoost();
    this.recencyHalfLifeDays = config.ranking().recencyHalfLifeDays();
    this.synonymSpans = new SynonymSpans(schema.queryExact());
    this.synonymAlternatives = new SynonymAlternatives(schema);
    this.budget = ClauseBudget.forRanking(config.ranking().feedbackTerms() * weights.size());
    this.counted = new QueryFactory(schema, new FacetsConfig());
    this.semanticDefaults = config.semantic();
  }

  /**
   * How many edits away a correction of {@code word} (as the unstemmed fields hold words) may look:
   * as far as the typo retry lets a long word's near misses go, one edit for the others. Two edits
   * for a word of a few letters mostly finds another word, not the one meant, and building the
   * automata for them is most of what a correction costs.
   */
  public static int correctionEdits(String word) {
    return Math.max(1, typoEdits(word));
  }

  /** How many typos the typo retry allows in {@code word}: none below {@value #ONE_TYPO} letters. */
  private static int typoEdits(String word) {
    int letters = word.codePointCount(0, word.length());
    return letters >= TWO_TYPOS ? 2 : letters >= ONE_TYPO ? 1 : 0;
  }

  /** The schema plans are made for. */
  public Schema schema() {
    return schema;
  }

  /**
   * True when {@code request}, whose query parsed to {@code clauses}, is searched again with near
   * misses should it match nothing: it allows typos and its query is plain words only (the last
   * one perhaps also a typed prefix).
   */
  public static boolean retriesWithTypos(SearchRequest request, List<Clause> clauses) {
    if (!request.typoTolerance() || clauses.isEmpty()) {
      return false;
    }
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (!c.excluded() && !(c.kind() == Kind.WORD && c.field() == null) && !UserQueryParser.isTypedPrefix(clauses, i)) {
        return false;
      }
    }
    return true;
  }

  /** The plan of {@code request} whose query parsed to {@code clauses}; with {@code typos}, plain words also match near misses. */
  public QueryPlan plan(SearchRequest request, List<Clause> clauses, boolean typos) {
    return plan(request, clauses, typos, null);
  }

  /**
   * {@link #plan(SearchRequest, List, boolean)}, also searching by meaning near {@code vector} (the
   * query's, or {@code null} for words only) as the request's mode, ratio and fusion say, or the
   * configured defaults.
   */
  public QueryPlan plan(SearchRequest request, List<Clause> clauses, boolean typos, float[] vector) {
    List<Clause> merged = synonymSpans.merge(clauses);
    boolean relevance = request.sort() == SearchRequest.Sort.RELEVANCE;
    QueryPlan.Semantic semantic = vector == null ? null : new QueryPlan.Semantic(vector,
        request.mode() != SearchRequest.Mode.SEMANTIC,
        request.semanticRatio() == null ? semanticDefaults.ratio() : request.semanticRatio(),
        request.fusion() == null ? semanticDefaults.fusion() : request.fusion(),
        semanticDefaults.candidates(), semanticDefaults.neighbours(), exclusions(merged));
    return new QueryPlan(
        ranking(clauses, merged, request.operator(), typos),
        request.highlight() ? highlightMerged(merged, typos) : null,
        new QueryPlan.Scoring(typos, relevance && request.feedback() && !typos,
            request.sort() == SearchRequest.Sort.RECENCY ? recencyHalfLifeDays : 0),
        new QueryPlan.Within(FilterPlan.of(request.filters()), request.from(), request.to()),
        new QueryPlan.Page(request.sort(), request.page(), request.size(), request.cursor()),
        new QueryPlan.Shown(request.facets(), request.facetLimit(), request.timeline(), request.fields(),
            request.highlight() ? new QueryPlan.Tags(request.preTag(), request.postTag()) : null),
        semantic);
  }

  /** The ranking of {@code clauses}, plain words combined by {@code operator}, expanded as far as the clause budget lets it. */
  public Match ranking(List<Clause> clauses, Operator operator, boolean typos) {
    return ranking(clauses, synonymSpans.merge(clauses), operator, typos);
  }

  /**
   * {@link #ranking(List, Operator, boolean)} of {@code clauses}, whose multi-word synonyms
   * {@code merged} joins: a plan finds them once for its ranking, highlighting and exclusions.
   */
  private Match ranking(List<Clause> clauses, List<Clause> merged, Operator operator, boolean typos) {
    return withinBudget(expansion -> ranking(clauses, merged, operator, typos, expansion));
  }

  /** The words of {@code clauses} snippets mark in titles and bodies, or {@code null} when there are none. */
  public Match highlight(List<Clause> clauses, boolean typos) {
    return highlightMerged(synonymSpans.merge(clauses), typos);
  }

  /** {@link #highlight(List, boolean)} of clauses whose multi-word synonyms are already joined. */
  private Match highlightMerged(List<Clause> merged, boolean typos) {
    return withinBudget(expansion -> highlight(merged, typos, expansion));
  }

  /** The match {@code build} makes under the widest expansion whose Lucene translation fits the budget. */
  private Match withinBudget(Function<Expansion, Match> build) {
    Match full = build.apply(Expansion.FULL);
    if (full == null || mostLeaves(full) <= budget / 4) {
      return full;
    }
    Expansion expansion = ClauseBudget.plan(budget,
        candidate -> leaves(candidate.equals(Expansion.FULL) ? full : build.apply(candidate)));
    return expansion.equals(Expansion.FULL) ? full : build.apply(expansion);
  }

  /**
   * At most how many leaves the Lucene translation of {@code match} holds, read from the match alone:
   * a phrase, prefix, term, facet value or constant-score fuzzy word is one leaf, a scored fuzzy
   * word as many as it may keep. A phrase of several alternatives (a multi-word synonym) is planned
   * as one phrase per alternative, so none translates to more. Most queries are far inside the
   * budget by this bound, and need no translation to know it.
   */
  private static int mostLeaves(Match match) {
    return switch (match) {
      case Match.Fuzzy fuzzy -> fuzzy.constantScore() ? 1 : fuzzy.maxTerms();
      case Match.DisMax disMax -> mostLeaves(disMax.alternatives());
      case Match.AnyOf any -> mostLeaves(any.alternatives());
      case Match.Bool bool -> mostLeaves(bool.must()) + mostLeaves(bool.should()) + mostLeaves(bool.mustNot());
      case Match.Phrase phrase -> 1;
      case Match.Prefix prefix -> 1;
      case Match.Term term -> 1;
      case Match.FacetValue value -> 1;
      case Match.All all -> 1;
    };
  }

  private static int mostLeaves(List<Match> matches) {
    int sum = 0;
    for (Match match : matches) {
      sum += mostLeaves(match);
    }
    return sum;
  }

  private Query leaves(Match match) {
    return match == null ? null : counted.query(match);
  }

  private Match ranking(List<Clause> clauses, List<Clause> merged, Operator operator, boolean typos,
      Expansion expansion) {
    ClauseGroups<Match> grouped = ClauseGroups.of(merged,
        clause -> clauseMatch(clause, weighted, true, typos && !clause.excluded(), expansion),
        this::acrossExactFields);
    List<Match> groups = grouped.groups().stream().map(QueryPlanner::anyOf).toList();
    List<Match> must = new ArrayList<>();
    List<Match> should = new ArrayList<>();
    if (groups.isEmpty()) {
      must.add(new Match.All());
    } else {
      (operator == Operator.AND ? must : should).addAll(groups);
    }
    Match proximity = expansion.proximity() && !typos ? proximity(clauses) : null;
    if (proximity != null) {
      should.add(proximity);
    }
    return new Match.Bool(must, should, grouped.excluded());
  }

  /** Every article but those matching an excluded clause of {@code merged}; {@code null} when none is excluded. */
  private Match exclusions(List<Clause> merged) {
    List<Match> excluded = ClauseGroups.of(merged,
        clause -> clauseMatch(clause, weighted, true, false, Expansion.FULL), this::acrossExactFields).excluded();
    return excluded.isEmpty() ? null : new Match.Bool(List.of(new Match.All()), List.of(), excluded);
  }

  private Match highlight(List<Clause> merged, boolean typos, Expansion expansion) {
    List<Match> positive = new ArrayList<>();
    for (Clause clause : merged) {
      if (!clause.excluded()) {
        Match match = clauseMatch(clause, HIGHLIGHTED, false, typos, expansion);
        if (match != null) {
          positive.add(match);
        }
      }
    }
    return positive.isEmpty() ? null : anyOf(positive);
  }

  /** The match of one clause over {@code textFields}, or {@code null} when it analyzes to nothing there. */
  private Match clauseMatch(Clause clause, List<String> textFields, boolean scored, boolean typos,
      Expansion expansion) {
    if (clause.field() == null) {
      Match exact = acrossFields(clause, textFields, scored);
      Match fuzzy = typos && clause.kind() == Kind.WORD ? nearMisses(clause, textFields, scored, expansion) : null;
      return fuzzy == null ? exact : exact == null ? fuzzy : anyOf(List.of(exact, fuzzy));
    }
    if (Schema.TEXT_FIELDS.contains(clause.field())) {
      return textFields.contains(clause.field()) ? acrossFields(clause, List.of(clause.field()), scored) : null;
    }
    if (!scored) {
      return null;
    }
    return clause.field().equals(Schema.ID)
        ? new Match.Term(Schema.ID, clause.text())
        : new Match.FacetValue(clause.field(), clause.text());
  }

  /** The clause in each of {@code fields}: a plain word stemmed, phrases and prefixes unstemmed where scored. */
  private Match acrossFields(Clause clause, List<String> fields, boolean scored) {
    Map<Analysis, Phrasing> phrasings = new EnumMap<>(Analysis.class);
    List<Match> perField = new ArrayList<>();
    for (String field : fields) {
      String target = scored && clause.kind() != Kind.WORD ? field + Schema.EXACT : field;
      boolean exact = target.endsWith(Schema.EXACT);
      Analysis analysis = exact ? Analysis.EXACT_QUERY : Analysis.ENGLISH_QUERY;
      float boost = scored ? weights.get(field) : 1f;
      Match match;
      if (clause.kind() == Kind.PREFIX) {
        String prefix = analysis.of(schema).normalize(target, clause.text()).utf8ToString();
        match = prefix.isEmpty() ? null : new Match.Prefix(target, prefix, boost);
      } else {
        match = phrasings.computeIfAbsent(analysis, a -> phrasing(clause.text(), a)).in(target, boost);
      }
      if (match != null) {
        perField.add(match);
      }
    }
    return disMax(perField, TIE_BREAKER, 1f);
  }

  /** A phrase of stop words in the unstemmed fields that keep them, or {@code null}. */
  private Match acrossExactFields(Clause clause) {
    Phrasing phrasing = phrasing(clause.text(), Analysis.EXACT_QUERY);
    List<Match> perField = new ArrayList<>();
    for (String field : weighted) {
      Match match = phrasing.in(field + Schema.EXACT, weights.get(field));
      if (match != null) {
        perField.add(match);
      }
    }
    return disMax(perField, TIE_BREAKER, 1f);
  }

  /**
   * How {@code text} is searched under {@code analysis}, in any field: query analysis does not
   * depend on the field, so a clause is analyzed once for all the fields it is searched in.
   */
  private Phrasing phrasing(String text, Analysis analysis) {
    List<String> alternatives = synonymAlternatives.of(text, analysis);
    return alternatives == null
        ? new Phrasing(null, analysis, List.of())
        : new Phrasing(text, analysis, alternatives);
  }

  /** The word's near misses, or {@code null} when it is too short for typos. */
  private Match nearMisses(Clause clause, List<String> fields, boolean scored, Expansion expansion) {
    String word = schema.exact().normalize(Schema.BODY + Schema.EXACT, clause.text()).utf8ToString();
    int edits = typoEdits(word);
    if (edits == 0 || word.contains(" ")) {
      return null;
    }
    List<Match> perField = new ArrayList<>();
    for (String field : fields) {
      perField.add(new Match.Fuzzy(scored ? field + Schema.EXACT : field, word, edits, TYPO_FREE_PREFIX,
          expansion.fuzzyTerms(), scored ? weights.get(field) * TYPO_WEIGHT : 1f));
    }
    return disMax(perField, TIE_BREAKER, 1f);
  }

  /** A bonus for articles where the plain query words stand close together in title or body, or {@code null}. */
  private Match proximity(List<Clause> clauses) {
    if (proximityBoost == 0) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (Clause clause : clauses) {
      if (clause.kind() == Kind.WORD && clause.field() == null && !clause.excluded()) {
        words.add(clause.text());
      }
    }
    if (words.size() < 2) {
      return null;
    }
    String text = String.join(" ", words);
    if (tokens(Analysis.ENGLISH, text, 2) < 2) {
      return null;
    }
    return disMax(HIGHLIGHTED.stream()
        .<Match>map(field -> new Match.Phrase(field, text, Analysis.ENGLISH, weights.get(field), PROXIMITY_SLOP))
        .toList(), 0f, proximityBoost);
  }

  /** How many tokens {@code analysis} makes of {@code text}, counting no further than {@code enough}. */
  private int tokens(Analysis analysis, String text, int enough) {
    try (TokenStream stream = analysis.of(schema).tokenStream(Schema.BODY, text)) {
      stream.reset();
      int tokens = 0;
      while (tokens < enough && stream.incrementToken()) {
        tokens++;
      }
      stream.end();
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Match disMax(List<Match> alternatives, float tieBreaker, float boost) {
    if (alternatives.isEmpty()) {
      return null;
    }
    return new Match.DisMax(alternatives, tieBreaker, boost);
  }

  private static Match anyOf(List<Match> alternatives) {
    return alternatives.size() == 1 ? alternatives.get(0) : new Match.AnyOf(alternatives);
  }
}

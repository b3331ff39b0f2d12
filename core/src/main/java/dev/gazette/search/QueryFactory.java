package dev.gazette.search;

import dev.gazette.analysis.Schema;
import dev.gazette.plan.Match;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Translates a query plan's match tree ({@link Match}) into a Lucene query, node for node; every
 * weight, edit distance and expansion was decided by the planner ({@code plan/QueryPlanner}).
 */
public final class QueryFactory {
  private final Schema schema;
  private final FacetsConfig facetsConfig;
  private final FuzzyAutomata automata;

  /** Translations for indexes of {@code schema}, whose facets {@code facetsConfig} describes. */
  public QueryFactory(Schema schema, FacetsConfig facetsConfig) {
    this(schema, facetsConfig, new FuzzyAutomata());
  }

  /** {@link #QueryFactory(Schema, FacetsConfig)}, near misses sharing the automata of {@code automata}. */
  QueryFactory(Schema schema, FacetsConfig facetsConfig, FuzzyAutomata automata) {
    this.schema = schema;
    this.facetsConfig = facetsConfig;
    this.automata = automata;
  }

  /** The Lucene query of {@code match}. */
  public Query query(Match match) {
    return new Translation().query(match);
  }

  /** One translation: each phrase's text analyzed once for all the fields it is searched in. */
  private final class Translation {
    private final Map<Match.Analysis, AnalyzedOnce> builders = new EnumMap<>(Match.Analysis.class);

    Query query(Match match) {
      return switch (match) {
        case Match.Phrase phrase -> boosted(builder(phrase.analysis())
            .createPhraseQuery(phrase.field(), phrase.text(), phrase.slop()), phrase.boost());
        case Match.Prefix prefix -> boosted(new PrefixQuery(new Term(prefix.field(), prefix.prefix()),
            MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE), prefix.boost());
        case Match.Fuzzy fuzzy -> boosted(automata.query(new Term(fuzzy.field(), fuzzy.word()), fuzzy.edits(),
            fuzzy.prefixLength(), Expansion.MAX_FUZZY_TERMS, true,
            fuzzy.constantScore()
                ? MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                : new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(fuzzy.maxTerms())), fuzzy.boost());
        case Match.Term term -> new TermQuery(new Term(term.field(), term.value()));
        case Match.FacetValue value -> facetValue(value);
        case Match.DisMax disMax -> boosted(disMax.alternatives().size() == 1
            ? query(disMax.alternatives().get(0))
            : new DisjunctionMaxQuery(queries(disMax.alternatives()), disMax.tieBreaker()), disMax.boost());
        case Match.AnyOf any -> bool(List.of(), any.alternatives(), List.of());
        case Match.Bool bool -> bool(bool.must(), bool.should(), bool.mustNot());
        case Match.All all -> new MatchAllDocsQuery();
      };
    }

    private AnalyzedOnce builder(Match.Analysis analysis) {
      return builders.computeIfAbsent(analysis, a -> new AnalyzedOnce(a.of(schema)));
    }

    private Query bool(List<Match> must, List<Match> should, List<Match> mustNot) {
      BooleanQuery.Builder builder = new BooleanQuery.Builder();
      must.forEach(match -> builder.add(query(match), Occur.MUST));
      should.forEach(match -> builder.add(query(match), Occur.SHOULD));
      mustNot.forEach(match -> builder.add(query(match), Occur.MUST_NOT));
      return builder.build();
    }

    private List<Query> queries(List<Match> matches) {
      return matches.stream().map(this::query).toList();
    }
  }

  private Query facetValue(Match.FacetValue value) {
    return new TermQuery(new Term(facetsConfig.getDimConfig(value.dimension()).indexFieldName, value.drillDownTerm()));
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }
}

package dev.gazette.bench.lucene;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.plan.Match;
import dev.gazette.plan.QueryPlan;
import dev.gazette.plan.QueryPlanner;
import dev.gazette.search.Clause;
import dev.gazette.search.QueryFactory;
import dev.gazette.search.UserQueryParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * The Lucene queries Gazette builds for a query text, taken from Gazette's own parser, planner and
 * Lucene translation, so the raw-Lucene baseline runs exactly the same query objects.
 */
public final class ParsedQueries {
  private final UserQueryParser parser;
  private final QueryPlanner planner;
  private final QueryFactory factory;

  /** Queries as Gazette builds them with {@code config}. */
  public ParsedQueries(GazetteConfig config) {
    Schema schema = new Schema(AnalysisSettings.of(config), Synonyms.of(config));
    Set<String> fields = new HashSet<>(Schema.TEXT_FIELDS);
    fields.add(Schema.ID);
    this.parser = new UserQueryParser(fields);
    this.planner = new QueryPlanner(schema, config);
    this.factory = new QueryFactory(schema, new FacetDimensions());
  }

  /**
   * The ranking and highlight queries of one text.
   *
   * @param ranking what is scored
   * @param highlight what snippets mark, or {@code null}
   */
  public record Parsed(Query ranking, Query highlight) {}

  /** The queries of {@code query}. */
  public Parsed parse(BenchQuery query) {
    return parse(query.text(), query.operator());
  }

  /** The queries of {@code text} with plain words joined by {@code operator}. */
  public Parsed parse(String text, Operator operator) {
    List<Clause> clauses = parser.parse(text);
    Match highlight = planner.highlight(clauses, false);
    return new Parsed(factory.query(planner.ranking(clauses, operator, false)),
        highlight == null ? null : factory.query(highlight));
  }

  /** Only the ranking query of {@code query}. */
  public Query ranking(BenchQuery query) {
    return factory.query(planner.ranking(parser.parse(query.text()), query.operator(), false));
  }

  /** The plan of {@code request} without typo tolerance, for engines that translate it into their own query language. */
  public QueryPlan plan(SearchRequest request) {
    return planner.plan(request, parser.parse(request.query()), false);
  }
}

package dev.gazette.bench.lucene;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.search.Clause;
import dev.gazette.search.QueryFactory;
import dev.gazette.search.UserQueryParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * The Lucene queries Gazette builds for a query text, taken from Gazette's own parser and query
 * factory, so the raw-Lucene baseline runs exactly the same query objects.
 */
public final class ParsedQueries {
  private final UserQueryParser parser;
  private final QueryFactory factory;

  /** Queries as Gazette builds them with {@code config}. */
  public ParsedQueries(GazetteConfig config) {
    Schema schema = new Schema(AnalysisSettings.of(config), Synonyms.of(config));
    Set<String> fields = new HashSet<>(Schema.TEXT_FIELDS);
    fields.add(Schema.ID);
    this.parser = new UserQueryParser(fields);
    this.factory = new QueryFactory(schema, new FacetDimensions(), config);
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
    return new Parsed(factory.ranking(clauses, operator), factory.highlight(clauses, false));
  }

  /** Only the ranking query of {@code query}. */
  public Query ranking(BenchQuery query) {
    return factory.ranking(parser.parse(query.text()), query.operator());
  }

  /** The parsed clauses of {@code text}, for engines that translate them into their own query language. */
  public List<Clause> clauses(String text) {
    return parser.parse(text);
  }
}

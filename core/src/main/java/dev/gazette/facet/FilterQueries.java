package dev.gazette.facet;

import dev.gazette.Filter;
import dev.gazette.Filter.Term;
import dev.gazette.analysis.Schema;
import java.util.List;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A {@link Filter} as a Lucene query over the facet drill-down terms: a term as Lucene's {@link
 * DrillDownQuery} finds it (dates by their year, month or day path), {@code OR} as {@code SHOULD},
 * {@code AND} as {@code FILTER}, {@code NOT} as {@code MUST_NOT} beside every article.
 */
public final class FilterQueries {
  private final FacetsConfig config;

  /** Queries over an index faceted by {@code config}. */
  public FilterQueries(FacetsConfig config) {
    this.config = config;
  }

  /** The articles {@code filter} keeps, unscored. */
  public Query of(Filter filter) {
    return switch (filter) {
      case Term term -> new TermQuery(DrillDownQuery.term(
          config.getDimConfig(term.dimension()).indexFieldName, term.dimension(), path(term)));
      case Filter.AnyOf any -> all(any.filters(), Occur.SHOULD);
      case Filter.AllOf all -> all(all.filters(), Occur.FILTER);
      case Filter.Not not -> new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.FILTER)
          .add(of(not.filter()), Occur.MUST_NOT)
          .build();
    };
  }

  private Query all(List<Filter> filters, Occur occur) {
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    filters.forEach(f -> bool.add(of(f), occur));
    return bool.build();
  }

  private static String[] path(Term term) {
    return term.dimension().equals(Schema.PUBLISHED) ? term.value().split("/") : new String[] {term.value()};
  }
}

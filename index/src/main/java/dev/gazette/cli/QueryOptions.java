package dev.gazette.cli;

import dev.gazette.Filter;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** Which articles a query selects and in what order, shared by {@code search} and {@code export}: filters, dates, sort, operator, typos. */
final class QueryOptions {
  @Option(
      names = "--filter",
      paramLabel = "FILTER",
      converter = FilterConverter.class,
      description = "Only articles passing this filter: DIM:VALUE, joined by AND and OR, negated by NOT or a leading -, "
          + "grouped by parentheses (topics:grain OR topics:wheat, -places:usa); repeatable (separate filters on one "
          + "dimension's values are OR-ed, the rest AND-ed).")
  List<Filter> filters = List.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (2024-06-19 or an ISO date-time; UTC).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (a day includes all of it).")
  String to;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "One of ${COMPLETION-CANDIDATES} (any case; default: ${DEFAULT-VALUE}).")
  SearchRequest.Sort sort;

  @Option(names = "--any", description = "Match articles with any of the words instead of all of them.")
  boolean any;

  @Option(names = "--exact", description = "When nothing matches, do not retry with typos allowed.")
  boolean exact;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "Rank by lexical (words), semantic (meaning) or hybrid (both); default: hybrid once the index "
          + "is embedded (gazette embed, or the server in the background), else lexical.")
  SearchRequest.Mode mode;

  @Option(
      names = "--semantic-ratio",
      paramLabel = "R",
      description = "In a hybrid search, the weight of meaning against words, 0 to 1 (default: 0.5).")
  Double semanticRatio;

  /** A request for {@code query} with these options; a bad date is a usage error of {@code spec}'s command. */
  SearchRequest.Builder request(String query, CommandSpec spec) {
    SearchRequest.Builder request = SearchRequest.builder()
        .query(query)
        .sort(sort)
        .operator(any ? SearchRequest.Operator.OR : SearchRequest.Operator.AND)
        .typoTolerance(!exact)
        .mode(mode);
    try {
      request.semanticRatio(semanticRatio).from(from).to(to);
    } catch (InvalidRequestException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    filters.forEach(request::filter);
    return request;
  }

  /** Reads a {@code --filter} in the filter grammar of core ({@link Filter#parse}). */
  static final class FilterConverter implements ITypeConverter<Filter> {
    @Override
    public Filter convert(String value) {
      try {
        return Filter.parse(value);
      } catch (InvalidRequestException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

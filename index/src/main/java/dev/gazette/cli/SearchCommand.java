package dev.gazette.cli;

import dev.gazette.DataFolder;
import dev.gazette.Filter;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.FacetValue;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** Runs one search from the terminal: ranked hits with highlighted snippets and facet counts, or JSON. */
@Command(
    name = "search",
    sortOptions = false,
    description = {
        "Search the live index and print the ranked hits with highlighted snippets and facet counts.",
        "Query syntax: plain words (all must match), \"quoted phrases\", -excluded, OR, field:term "
            + "(title, body, haiku, references, id or a facet), prefix*. Matches are bold on a terminal and plain "
            + "when piped; --json prints the result as the HTTP API does."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette search north korea",
        "  gazette search '\"oil prices\" -opec' --sort newest --size 5",
        "  gazette search cocoa --facets topics,places --filter places:brazil",
        "  gazette search wheat --filter 'topics:grain OR topics:wheat' --filter '-places:usa' --fields topics,url",
        "  gazette search --from 1987-03-01 --to 1987-03-31 --json | jq .total"
    })
final class SearchCommand extends Subcommand {
  private static final int TIMELINE_WIDTH = 40;
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffsetId().optionalEnd()
      .optionalEnd()
      .toFormatter();

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; its words are joined. None: every article.")
  List<String> words = List.of();

  @Option(
      names = "--facets",
      paramLabel = "DIM",
      split = ",",
      description = "Facet dimensions to count, comma-separated. Default: every dimension of the index.")
  List<String> facets;

  @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "5", description = "Values shown per dimension (default: ${DEFAULT-VALUE}).")
  int facetLimit;

  @Option(
      names = "--filter",
      paramLabel = "FILTER",
      converter = FilterConverter.class,
      description = "Only articles passing this filter: DIM:VALUE, joined by AND and OR, negated by NOT or a leading -, "
          + "grouped by parentheses (topics:grain OR topics:wheat, -places:usa); repeatable (separate filters on one "
          + "dimension's values are OR-ed, the rest AND-ed).")
  List<Filter> filters = List.of();

  @Option(
      names = "--fields",
      paramLabel = "FIELD",
      split = ",",
      description = "Fields to print with each hit, comma-separated: body, references, url, author, section, language, "
          + "tags or a facet dimension.")
  List<String> fields = List.of();

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

  @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(names = "--timeline", description = "Also print how many matching articles were published per year, month or day.")
  boolean timeline;

  @Option(names = "--json", description = "Print the result as JSON (snippets HTML-escaped with <mark> tags, as the HTTP API).")
  boolean json;

  @Override
  public Integer call() {
    String query = String.join(" ", words);
    SearchRequest.Builder request = SearchRequest.builder()
        .query(query)
        .from(instant(from, "--from", false))
        .to(instant(to, "--to", true))
        .facetLimit(facetLimit)
        .sort(sort)
        .operator(any ? SearchRequest.Operator.OR : SearchRequest.Operator.AND)
        .timeline(timeline)
        .typoTolerance(!exact)
        .size(size)
        .page(page);
    filters.forEach(request::filter);
    request.fields(fields.toArray(String[]::new));
    if (facets != null) {
      request.facets(facets.toArray(String[]::new));
    }
    if (!json) {
      request.tags(SnippetText.PRE, SnippetText.POST);
    }
    SearchRequest checked = request.build();
    SearchResult result;
    try (DataFolder folder = common.openExisting()) {
      result = folder.read(engine -> engine.search(facets != null ? checked
          : checked.toBuilder().facets(engine.facetDimensions().toArray(String[]::new)).build()));
    }
    if (json) {
      out().println(Json.of(result));
    } else {
      print(query, result);
    }
    return ExitCodes.OK;
  }

  private void print(String query, SearchResult result) {
    PrintWriter out = out();
    out.printf("%s %s%s (%d ms)%n", Units.count(result.total()), result.total() == 1 ? "article matches" : "articles match",
        query.isBlank() ? "" : " \"" + query + "\"", result.tookMs());
    if (result.typoTolerant()) {
      out.println("no exact match; these match with typos allowed (--exact to turn off)");
    }
    if (result.didYouMean() != null) {
      out.printf("did you mean: %s%n", result.didYouMean());
    }
    HitList.print(out, result.hits(), (page - 1) * size + 1, terminal());
    printFacets(out, result.facets());
    if (result.timeline() != null) {
      printTimeline(out, result.timeline());
    }
    long pages = (result.total() + size - 1) / size;
    if (page < pages) {
      out.printf("%npage %d of %s; next: --page %d%n", page, Units.count(pages), page + 1);
    }
  }

  private static void printFacets(PrintWriter out, Map<String, List<FacetValue>> facets) {
    if (facets.values().stream().anyMatch(values -> !values.isEmpty())) {
      out.println();
      FacetTable.print(out, "", facets);
    }
  }

  /** A text histogram: one line per period, a bar scaled to the busiest one. */
  private static void printTimeline(PrintWriter out, SearchResult.Timeline timeline) {
    out.printf("%ntimeline (per %s)%n", timeline.interval());
    long most = timeline.buckets().stream().mapToLong(SearchResult.Bucket::count).max().orElse(0);
    for (SearchResult.Bucket bucket : timeline.buckets()) {
      int width = most == 0 ? 0 : (int) Math.ceil(TIMELINE_WIDTH * bucket.count() / (double) most);
      out.printf("  %-10s %8s %s%n", bucket.period(), Units.count(bucket.count()), "#".repeat(width));
    }
  }

  private Instant instant(String value, String option, boolean endOfDay) {
    if (value == null) {
      return null;
    }
    try {
      TemporalAccessor parsed = DATE.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      return switch (parsed) {
        case OffsetDateTime dateTime -> dateTime.toInstant();
        case LocalDateTime dateTime -> dateTime.toInstant(ZoneOffset.UTC);
        case LocalDate date -> endOfDay
            ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
            : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        default -> throw new IllegalStateException("unexpected date " + parsed);
      };
    } catch (DateTimeParseException e) {
      throw usageError(option + " takes a date such as 2024-06-19 or 2024-06-19T11:03:00Z, not '" + value + "'");
    }
  }

  /** Reads a {@code --filter} in core's filter grammar. */
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

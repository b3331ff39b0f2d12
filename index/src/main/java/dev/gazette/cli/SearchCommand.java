package dev.gazette.cli;

import dev.gazette.EmbeddingProgress;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.FacetValue;
import dev.gazette.store.DataFolder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs one search from the terminal: ranked hits with highlighted snippets and facet counts, or JSON. */
@Command(
    name = "search",
    sortOptions = false,
    description = {
        "Search the live index and print the ranked hits with highlighted snippets and facet counts.",
        "Query syntax: plain words (all must match), \"quoted phrases\", -excluded, OR, field:term "
            + "(title, body, haiku, references, id or a facet), prefix*. Matches are bold on a terminal and plain "
            + "when piped; --format json prints the result as the HTTP API does, ndjson and csv one hit a line.",
        "Past page 100 (page x size over 10,000), page on with --cursor: each page prints the cursor of the next."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette search north korea",
        "  gazette search '\"oil prices\" -opec' --sort newest --size 5",
        "  gazette search cocoa --facets topics,places --filter places:brazil",
        "  gazette search wheat --filter 'topics:grain OR topics:wheat' --filter '-places:usa' --fields topics,url",
        "  gazette search --from 1987-03-01 --to 1987-03-31 --json | jq .total",
        "  gazette search oil --facets none --format csv --size 100 > oil.csv",
        "  gazette search oil --cursor CURSOR   (the cursor printed under the previous page)"
    })
final class SearchCommand extends Subcommand {
  private static final int TIMELINE_WIDTH = 40;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; its words are joined. None: every article.")
  List<String> words = List.of();

  @Option(
      names = "--facets",
      paramLabel = "DIM",
      split = ",",
      description = "Facet dimensions to count, comma-separated, or none. Default: every dimension of the index.")
  List<String> facets;

  @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "5", description = "Values shown per dimension (default: ${DEFAULT-VALUE}).")
  int facetLimit;

  @Option(
      names = "--fields",
      paramLabel = "FIELD",
      split = ",",
      description = "Fields to print with each hit, comma-separated: body, references, url, author, section, language, "
          + "tags or a facet dimension.")
  List<String> fields = List.of();

  @Mixin QueryOptions selection;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page number (default: ${DEFAULT-VALUE}); page x size at most 10,000.")
  int page;

  @Option(names = "--cursor", paramLabel = "CURSOR", description = "The page after the one that printed this cursor (deep paging, no limit; not with --page).")
  String cursor;

  @Option(names = "--timeline", description = "Also print how many matching articles were published per year, month or day.")
  boolean timeline;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json (the result as the HTTP API gives it), ndjson or csv (one hit a line: rank, id, score, "
          + "date, title, snippet). Default: ${DEFAULT-VALUE}.")
  HitFormat format;

  @Option(names = "--json", description = "The same as --format json.")
  boolean json;

  @Override
  public Integer call() {
    if (cursor != null && page != 1) {
      throw usageError("give --cursor or --page, not both: the cursor already says which page comes next");
    }
    HitFormat output = json ? HitFormat.JSON : format;
    String query = String.join(" ", words);
    boolean noFacets = facets != null && facets.size() == 1 && "none".equals(facets.getFirst().toLowerCase(Locale.ROOT));
    SearchRequest.Builder request = selection.request(query, spec)
        .facetLimit(facetLimit)
        .timeline(timeline)
        .size(size)
        .page(page)
        .cursor(cursor);
    request.fields(fields.toArray(String[]::new));
    if (facets != null && !noFacets) {
      request.facets(facets.toArray(String[]::new));
    }
    if (output != HitFormat.JSON) {
      request.tags(SnippetText.PRE, SnippetText.POST);
    }
    SearchRequest checked = request.build();
    SearchResult result;
    try (DataFolder folder = common.openExisting()) {
      result = folder.read(engine -> engine.search(facets != null ? checked
          : checked.toBuilder().facets(engine.facetDimensions().toArray(String[]::new)).build()));
    }
    int firstRank = cursor == null ? (page - 1) * size + 1 : 1;
    switch (output) {
      case JSON -> out().println(Json.of(result));
      case NDJSON, CSV -> HitRows.print(out(), output, result.hits(), firstRank);
      case TEXT -> print(query, result, firstRank);
    }
    return ExitCodes.OK;
  }

  /** How {@code search} prints its result. */
  enum HitFormat {
    /** Hits, facets and paging for a person. */
    TEXT,
    /** Core's result as JSON, as the HTTP API. */
    JSON,
    /** One JSON object per hit. */
    NDJSON,
    /** One CSV row per hit, with a header. */
    CSV
  }

  private void print(String query, SearchResult result, int firstRank) {
    PrintWriter out = out();
    out.printf("%s %s%s (%d ms)%n", Units.count(result.total()), result.total() == 1 ? "article matches" : "articles match",
        query.isBlank() ? "" : " \"" + query + "\"", result.tookMs());
    if (result.typoTolerant()) {
      out.println("no exact match; these match with typos allowed (--exact to turn off)");
    }
    if (result.didYouMean() != null) {
      out.printf("did you mean: %s%n", result.didYouMean());
    }
    EmbeddingProgress embedding = result.embedding();
    if (embedding != null && embedding.partial() && result.mode() != SearchRequest.Mode.LEXICAL) {
      out.printf("by meaning over %s of %s so far (gazette embed, or a running server, embeds the rest)%n",
          Units.count(embedding.embedded()), Units.count(embedding.articles(), "article"));
    }
    HitList.print(out, result.hits(), firstRank, terminal());
    printFacets(out, result.facets());
    if (result.timeline() != null) {
      printTimeline(out, result.timeline());
    }
    printNext(out, result);
  }

  /** Where the next page is: by number while it can be reached by number, else (and after a cursor) by cursor. */
  private void printNext(PrintWriter out, SearchResult result) {
    if (result.nextCursor() == null) {
      return;
    }
    if (cursor == null && (long) (page + 1) * size <= SearchRequest.MAX_WINDOW) {
      long pages = (result.total() + size - 1) / size;
      out.printf("%npage %d of %s; next: --page %d (or --cursor %s)%n", page, Units.count(pages), page + 1, result.nextCursor());
    } else {
      out.printf("%nnext: --cursor %s%n", result.nextCursor());
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
}

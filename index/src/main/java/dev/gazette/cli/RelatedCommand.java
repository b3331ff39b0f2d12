package dev.gazette.cli;

import dev.gazette.DataFolder;
import dev.gazette.GazetteException;
import dev.gazette.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lists the articles most like a given one. */
@Command(
    name = "related",
    sortOptions = false,
    description = "List the articles most like article ID (by the distinctive words of its title and body), best first.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {"  gazette related 0388dada9763fdad", "  gazette related 42 --size 10 --json"})
final class RelatedCommand extends Subcommand {
  @Parameters(paramLabel = "ID", description = "The article's id.")
  String id;

  @Option(names = "--size", paramLabel = "N", defaultValue = "5", description = "How many, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--json", description = "Print the result as JSON, as the HTTP API does.")
  boolean json;

  @Override
  public Integer call() {
    if (size < 1 || size > 100) {
      throw usageError("--size must be between 1 and 100, not " + size);
    }
    SearchResult result;
    try (DataFolder folder = common.openExisting()) {
      result = folder.read(gazette -> gazette.related(id, size))
          .orElseThrow(() -> new GazetteException("there is no article with id '" + id + "'"));
    }
    if (json) {
      out().println(Json.of(result));
    } else {
      out().printf("%d %s like %s%n", result.hits().size(), result.hits().size() == 1 ? "article" : "articles", id);
      HitList.print(out(), result.hits(), 1, terminal());
    }
    return ExitCodes.OK;
  }
}

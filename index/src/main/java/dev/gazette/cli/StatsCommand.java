package dev.gazette.cli;

import dev.gazette.DataFolder;
import dev.gazette.Gazette;
import dev.gazette.IndexStats;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints what the live index holds and how big it is. */
@Command(
    name = "stats",
    sortOptions = false,
    description = "Show the live index's document count, fields, facet dimensions with their top values, segments and size on disk.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette stats",
        "  gazette stats --data /srv/gazette --json | jq .documents"
    })
final class StatsCommand extends Subcommand {
  @Option(names = "--json", description = "Print the statistics as JSON.")
  boolean json;

  @Override
  public Integer call() {
    IndexStats stats;
    try (DataFolder folder = common.openExisting()) {
      stats = folder.read(Gazette::stats);
    }
    PrintWriter out = out();
    if (json) {
      out.println(Json.of(stats));
      return ExitCodes.OK;
    }
    out.printf("data folder   %s%n", common.data);
    out.printf("documents     %s (%s deleted, not yet merged away)%n", Units.count(stats.documents()), Units.count(stats.deletedDocuments()));
    out.printf("segments      %d%n", stats.segments());
    out.printf("size on disk  %s%n", Units.size(stats.sizeBytes()));
    out.printf("last commit   %s%n", stats.lastCommit() == null ? "never" : stats.lastCommit());
    out.printf("fields        %s%n", String.join(", ", stats.fields()));
    out.println("facets");
    FacetTable.print(out, "  ", stats.topFacetValues());
    return ExitCodes.OK;
  }
}

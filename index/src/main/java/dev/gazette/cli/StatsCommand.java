package dev.gazette.cli;

import com.google.gson.JsonObject;
import dev.gazette.Gazette;
import dev.gazette.IndexStats;
import dev.gazette.store.DataFolder;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints what the live index holds, how big it is and when it was last committed and reindexed: the
 * fields of the server's {@code GET /api/stats}, less the server's own start time and uptime.
 */
@Command(
    name = "stats",
    sortOptions = false,
    description = "Show the live index's document count, segments, size on disk, last commit and last reindex, fields, and facet dimensions with their top values.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette stats",
        "  gazette stats --data /srv/gazette --json | jq .documents"
    })
final class StatsCommand extends Subcommand {
  @Option(names = "--json", description = "Print the statistics as JSON (the fields of the server's GET /api/stats).")
  boolean json;

  @Override
  public Integer call() {
    IndexStats stats;
    Instant lastReindex;
    try (DataFolder folder = common.openExisting()) {
      stats = folder.read(Gazette::stats);
      lastReindex = folder.lastReindex();
    }
    PrintWriter out = out();
    if (json) {
      JsonObject tree = Json.tree(stats);
      tree.addProperty("lastReindex", lastReindex == null ? null : lastReindex.toString());
      out.println(Json.of(tree));
      return ExitCodes.OK;
    }
    out.printf("data folder   %s%n", common.data);
    out.printf("documents     %s (%s deleted, not yet merged away)%n", Units.count(stats.documents()), Units.count(stats.deletedDocuments()));
    out.printf("segments      %d%n", stats.segments());
    out.printf("size on disk  %s%n", Units.size(stats.sizeBytes()));
    out.printf("last commit   %s%n", stats.lastCommit() == null ? "never" : stats.lastCommit());
    out.printf("last reindex  %s%n", lastReindex == null ? "never" : lastReindex);
    out.printf("fields        %s%n", String.join(", ", stats.fields()));
    if (stats.embedding() != null) {
      out.printf("meaning       %s of %s embedded (%s)%n", Units.count(stats.embedding().embedded()),
          Units.count(stats.embedding().articles(), "article"), stats.embedding().model());
    }
    out.println("facets");
    FacetTable.print(out, "  ", stats.topFacetValues());
    return ExitCodes.OK;
  }
}

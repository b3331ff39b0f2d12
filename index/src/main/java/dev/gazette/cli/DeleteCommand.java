package dev.gazette.cli;

import dev.gazette.store.DataFolder;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Deletes articles by id from the live index. */
@Command(
    name = "delete",
    sortOptions = false,
    description = {
        "Delete the articles with the given IDs from the live index, and commit.",
        "Ids that are not in the index are listed on stderr and give exit code 3."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE,
        "3:done, but some ids were not in the index (listed on stderr)"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette delete 0388dada9763fdad",
        "  gazette delete 17 18 19 --data /srv/gazette"
    })
final class DeleteCommand extends Subcommand {
  @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to delete.")
  List<String> ids;

  @Override
  public Integer call() {
    List<String> missing;
    try (DataFolder folder = common.openExisting()) {
      missing = folder.withLive(engine -> {
        List<String> notFound = ids.stream().distinct().filter(id -> !engine.delete(id)).toList();
        engine.commit();
        return notFound;
      });
    }
    long deleted = ids.stream().distinct().count() - missing.size();
    out().println("deleted " + Units.count(deleted, "article"));
    if (missing.isEmpty()) {
      return ExitCodes.OK;
    }
    err().println("not in the index: " + String.join(", ", missing));
    return ExitCodes.REJECTED;
  }
}

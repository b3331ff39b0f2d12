package dev.gazette.cli;

import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Copies the last commit of the live index into a new folder. */
@Command(
    name = "backup",
    sortOptions = false,
    description = {
        "Copy the last commit of the live index into DEST, a new or empty folder; gazette restore brings it back.",
        "This opens the index for writing, so it needs a data folder no server holds:",
        "back up a running server with POST /api/admin/snapshot instead."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette backup /backups/gazette-2024-06-01",
        "  gazette backup /backups/nightly --data /srv/gazette"
    })
final class BackupCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "DEST", description = "New or empty folder to copy the index into.")
  Path dest;

  @Override
  public Integer call() {
    long bytes;
    try (DataFolder folder = common.openExisting()) {
      bytes = folder.backup(dest);
    }
    out().println("backed up " + Units.size(bytes) + " to " + dest);
    return ExitCodes.OK;
  }
}

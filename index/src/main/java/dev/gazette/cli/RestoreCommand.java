package dev.gazette.cli;

import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Makes a backup the live index. */
@Command(
    name = "restore",
    sortOptions = false,
    description = {
        "Make the backup in SRC (from gazette backup or POST /api/admin/snapshot) the live index.",
        "It is copied into a new generation and checked before it replaces the live index atomically;",
        "a server on the same data folder moves to it within a second. Writes made after the backup are replaced."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette restore /backups/gazette-2024-06-01",
        "  gazette restore /srv/gazette/snapshots/snapshot-20240601T120000.000Z --data /srv/gazette"
    })
final class RestoreCommand extends Subcommand {
  @Parameters(index = "0", paramLabel = "SRC", description = "Folder holding a backup.")
  Path source;

  @Override
  public Integer call() {
    try (DataFolder folder = common.open()) {
      folder.restore(source);
      long documents = folder.read(gazette -> gazette.stats().documents());
      out().println("restored " + Units.count(documents, "article") + " from " + source + " into " + common.data);
    }
    return ExitCodes.OK;
  }
}

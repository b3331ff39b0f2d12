package dev.gazette.cli;

import dev.gazette.IngestReport;
import dev.gazette.store.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Adds or replaces articles from sources in the live index, in place. */
@Command(
    name = "add",
    sortOptions = false,
    description = {
        "Add articles from SOURCEs to the live index, replacing those with the same id, and commit.",
        "The index must not be open for writing by another process: while a server runs on the same data folder, "
            + "add articles through its HTTP API instead."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE, ExitCodes.REJECTED_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette add new-articles/",
        "  gazette add today.jsonl --data /srv/gazette",
        "  gazette add wire.jsonl.gz --format jsonl --id-field guid"
    })
final class AddCommand extends Subcommand {
  @Mixin SourceOptions sources;

  @Override
  public Integer call() {
    sources.validate(spec);
    try (Loader loader = Loader.start(this, sources); DataFolder folder = common.open()) {
      IngestReport report = folder.withLive(loader::loadInto);
      return loader.finish(report);
    }
  }
}

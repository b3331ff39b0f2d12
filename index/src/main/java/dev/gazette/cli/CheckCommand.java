package dev.gazette.cli;

import dev.gazette.store.DataFolder;
import picocli.CommandLine.Command;

/** Runs Lucene's CheckIndex on the live index. */
@Command(
    name = "check",
    sortOptions = false,
    description = {
        "Check the live index with Lucene's CheckIndex (read-only: it never repairs).",
        "Exits with 1 on any problem; --verbose prints CheckIndex's full report."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the index is clean", "1:CheckIndex found a problem, or the index could not be checked", ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette check",
        "  gazette check --data /srv/gazette --verbose"
    })
final class CheckCommand extends Subcommand {

  @Override
  public Integer call() {
    DataFolder.CheckReport report;
    try (DataFolder folder = common.openExisting()) {
      report = folder.check();
    }
    if (common.verbose) {
      out().println(report.report());
    }
    if (report.clean()) {
      out().println("the index in " + common.data + " is clean");
      return ExitCodes.OK;
    }
    err().println("gazette check: CheckIndex found problems in the index in " + common.data
        + (common.verbose ? "" : " (run with --verbose for its full report)")
        + "; rebuild it with: gazette reindex SOURCE --data " + common.data);
    return ExitCodes.FAILURE;
  }
}

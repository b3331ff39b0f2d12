package dev.gazette.cli;

import dev.gazette.EmbeddingProgress;
import dev.gazette.Gazette;
import dev.gazette.store.DataFolder;
import java.time.Duration;
import picocli.CommandLine.Command;

/**
 * Gives every article of the live index its vector for search by meaning now, with progress: what
 * a running server does in the background, for an index searched from the command line alone.
 */
@Command(
    name = "embed",
    sortOptions = false,
    description = {
        "Give every article of the live index that has none its vector for search by meaning, showing progress; "
            + "articles already embedded (with unchanged text) are skipped, so an interrupted run resumes.",
        "A running server does this in the background; stop it first, as only one process may write the index."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette embed",
        "  gazette embed --data /srv/gazette"
    })
final class EmbedCommand extends Subcommand {
  @Override
  public Integer call() {
    long started = System.nanoTime();
    try (DataFolder folder = common.openExisting()) {
      EmbeddingProgress before = folder.withLive(Gazette::stats).embedding();
      if (before == null) {
        throw usageError("--embedder none: there is no model to embed with");
      }
      long embedded;
      try (Progress progress = Progress.counting(err(), terminal(), Progress.EMBEDDING,
          before.articles() - before.embedded(), Duration.ofSeconds(10))) {
        embedded = folder.withLive(gazette -> gazette.embedAll(progress::read));
      }
      EmbeddingProgress after = folder.withLive(Gazette::stats).embedding();
      out().printf("embedded %s in %s; meaning search: %s of %s%n", Units.count(embedded, "article"),
          Units.duration(Duration.ofNanos(System.nanoTime() - started)), Units.count(after.embedded()),
          Units.count(after.articles(), "article"));
    }
    return ExitCodes.OK;
  }
}

package dev.gazette.cli;

import dev.gazette.GazetteException;
import dev.gazette.IngestReport;
import dev.gazette.store.DataFolder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Builds a fresh index from sources beside the live one, checks it, then switches to it atomically. */
@Command(
    name = "reindex",
    sortOptions = false,
    description = {
        "Build a fresh index from SOURCEs and make it live.",
        "The new index is built in a new folder beside the live one, checked with CheckIndex, and only then "
            + "switched to atomically: a reindex that fails or is killed leaves the previous index serving and intact, "
            + "and a running server moves to the new index without a restart. Only one reindex may run on a data folder "
            + "at a time."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE, ExitCodes.REJECTED_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette reindex seeds",
        "  gazette reindex reuters21578.jsonl.gz --data /srv/gazette",
        "  gazette reindex export.jsonl --title-field headline --facet-field section,country",
        "  gazette reindex notes/ --format text"
    })
final class ReindexCommand extends Subcommand {
  @Mixin SourceOptions sources;

  @Override
  public Integer call() {
    sources.validate(spec);
    try (Loader loader = Loader.start(this, sources); DataFolder folder = common.open()) {
      String builtBy = "gazette reindex " + sources.sources.stream().map(Path::toString).collect(Collectors.joining(" "));
      IngestReport report = folder.reindex(builtBy, null, engine -> {
        IngestReport read = loader.loadInto(engine);
        if (read.accepted() == 0) {
          loader.close();
          loader.printRejections(read);
          throw new GazetteException("no article could be read from " + sources.sources
              + "; the live index was left as it was");
        }
        loader.phase("checking the new index (CheckIndex) before switching to it");
        return read;
      });
      loader.close();
      loader.note("switched to the new index");
      return loader.finish(report);
    }
  }
}

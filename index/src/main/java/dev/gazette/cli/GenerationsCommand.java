package dev.gazette.cli;

import dev.gazette.store.DataFolder;
import dev.gazette.store.Generation;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the generations of the index with what built each, and switches back to one. */
@Command(
    name = "generations",
    sortOptions = false,
    description = {
        "List the generations of the index, oldest first: the live one (*) and the ones kept before it, with "
            + "their articles, when and what built them, and whether they were written to since.",
        "Every reindex, restore or seeding builds a new generation and keeps the live one and the two before it; "
            + "with --backend opensearch these are the indexes behind the alias. --use ID makes a kept generation "
            + "live again (checked first, switched atomically, nothing deleted); a server on the same data folder "
            + "moves to it within a second. Every switch is logged in DATA/generations.log."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette generations",
        "  gazette generations --use g1718900000000",
        "  gazette generations --backend opensearch --url http://os1:9200 --json"
    })
final class GenerationsCommand extends Subcommand {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @Option(names = "--use", paramLabel = "ID", description = "Make the kept generation ID the live index again.")
  String use;

  @Option(names = "--json", description = "Print the generations as a JSON array.")
  boolean json;

  @Override
  public Integer call() {
    try (DataFolder folder = common.open()) {
      if (use != null) {
        String before = folder.generations().stream().filter(Generation::live).map(Generation::id).findFirst()
            .orElse("none");
        Generation now = folder.use(use, "gazette generations --use " + use + " (was " + before + ")");
        out().println("live now: " + now.id() + ", " + Units.count(now.articles(), "article") + ", built by "
            + builtBy(now) + " (was " + before + ")");
        return ExitCodes.OK;
      }
      print(folder.generations());
    }
    return ExitCodes.OK;
  }

  private void print(List<Generation> generations) {
    PrintWriter out = out();
    if (json) {
      out.println(Json.of(generations));
      return;
    }
    if (generations.isEmpty()) {
      out.println("no generations in " + common.data + " yet; gazette reindex builds one");
      return;
    }
    int width = Math.max("generation".length(), generations.stream().mapToInt(g -> g.id().length()).max().orElse(0));
    String row = "%s %-" + width + "s  %9s  %-19s  %s%n";
    out.printf(row, " ", "generation", "articles", "built (UTC)", "built by");
    for (Generation g : generations) {
      out.printf(row, g.live() ? "*" : " ", g.id(), g.articles() < 0 ? "unreadable" : Units.count(g.articles()),
          g.builtAt() == null ? "unknown" : TIME.format(g.builtAt()),
          builtBy(g) + (Boolean.TRUE.equals(g.writtenSince()) ? ", written to since" : ""));
    }
    out.println();
    out.println("* live. Switch back with: gazette generations --use GENERATION");
  }

  private static String builtBy(Generation generation) {
    return generation.builtBy() == null ? "not recorded (built before Gazette kept the record)" : generation.builtBy();
  }
}

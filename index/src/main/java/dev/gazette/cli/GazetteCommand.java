package dev.gazette.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code gazette} command: only chooses a subcommand. */
@Command(
    name = "gazette",
    description = "Build, change, search and check a Gazette index from a terminal or a script.",
    subcommands = {
        ReindexCommand.class, AddCommand.class, DeleteCommand.class, SearchCommand.class, StatsCommand.class,
        CheckCommand.class, ExportCommand.class, RelatedCommand.class, SuggestCommand.class, BackupCommand.class, RestoreCommand.class,
        EvalCommand.class, HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.FAILURE_LINE, ExitCodes.USAGE_LINE, ExitCodes.REJECTED_LINE},
    footerHeading = "%nExamples:%n",
    footer = {
        "  gazette reindex seeds",
        "  gazette search north korea",
        "  gazette stats",
        "  gazette reindex --help",
        "  gazette serve --help   (the HTTP server, started by the gazette launcher)",
        "Every command takes --data DIR (default: $GAZETTE_DATA, else ./data, as the server)."
    })
final class GazetteCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** The command writing for {@code terminal}. */
  GazetteCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  /** Whether output goes to a person's terminal. */
  Terminal terminal() {
    return terminal;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "name a command: reindex, add, delete, search, stats, check, related, suggest, backup, restore, eval, help,"
        + " or serve (the HTTP server, started by the gazette launcher)");
  }
}

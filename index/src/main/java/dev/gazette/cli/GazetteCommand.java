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
    versionProvider = Version.class,
    description = {
        "Build, change, search, export and check a Gazette index from a terminal or a script.",
        "The HTTP server and its search page: gazette serve (see gazette serve --help)."
    },
    subcommands = {
        ReindexCommand.class, AddCommand.class, DeleteCommand.class, SearchCommand.class, StatsCommand.class,
        CheckCommand.class, ExportCommand.class, RelatedCommand.class, SuggestCommand.class, BackupCommand.class,
        RestoreCommand.class, GenerationsCommand.class, EvalCommand.class, EmbedCommand.class, HelpCommand.class
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

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Show the version and exit.")
  boolean version;

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
    throw new ParameterException(spec.commandLine(), "name a command: " + String.join(", ", spec.subcommands().keySet())
        + ", or serve (the HTTP server, started by the gazette launcher)");
  }
}

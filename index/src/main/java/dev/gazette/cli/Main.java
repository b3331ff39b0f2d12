package dev.gazette.cli;

import picocli.CommandLine;

/** The {@code gazette} command-line tool's entry point (run through the {@code ./gazette} launcher). */
public final class Main {
  private Main() {}

  /** Runs the command named by {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine(Terminal.detect()).execute(args));
  }

  /** The command line with Gazette's error handling, writing for {@code terminal}. */
  static CommandLine commandLine(Terminal terminal) {
    Failures failures = new Failures();
    return new CommandLine(new GazetteCommand(terminal))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true)
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures);
  }
}

package dev.gazette.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** The {@code gazette} command-line tool's entry point (run through the {@code ./gazette} launcher). */
public final class Main {
  // Held so the level sticks: Lucene's start-up notes would land in the middle of the progress bar.
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");
  // The tool runs without the incubating Vector API (the JVM would announce it on every command);
  // Lucene's advice to enable it is for the long-running server.
  private static final Logger VECTOR_LOG = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  /** Runs the command named by {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    LUCENE_LOG.setLevel(Level.WARNING);
    VECTOR_LOG.setLevel(Level.SEVERE);
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

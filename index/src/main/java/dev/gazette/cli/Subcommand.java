package dev.gazette.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command shares: the common options, its output streams and the terminal it writes to. */
abstract class Subcommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec spec;
  @ParentCommand GazetteCommand parent;

  /** Where results go. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Where progress, warnings and errors go. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Whether output goes to a person's terminal. */
  Terminal terminal() {
    return parent.terminal();
  }

  /** A usage error (exit code 2) with {@code message}. */
  ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}

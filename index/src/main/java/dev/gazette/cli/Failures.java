package dev.gazette.cli;

import dev.gazette.GazetteException;
import dev.gazette.InvalidRequestException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on stderr and an exit code: usage errors (and invalid search
 * parameters) 2, everything else 1. Stack traces only with {@code --verbose}.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    printHelpHint(command);
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    if (verbose(parseResult)) {
      e.printStackTrace(err);
    }
    err.println(command.getCommandSpec().qualifiedName() + ": " + message(e));
    if (e instanceof InvalidRequestException) {
      printHelpHint(command);
      return ExitCodes.USAGE;
    }
    return ExitCodes.FAILURE;
  }

  private static String message(Exception e) {
    return switch (e) {
      case GazetteException known -> known.getMessage();
      case UncheckedIOException io -> "could not read or write a file: " + io.getCause().getMessage();
      case IOException io -> "could not read or write a file: " + io.getMessage();
      default -> "unexpected " + e.getClass().getName() + ": " + e.getMessage()
          + " (run again with --verbose for the stack trace, and report it)";
    };
  }

  private static void printHelpHint(CommandLine command) {
    command.getErr().println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage and examples.");
  }

  private static boolean verbose(ParseResult parseResult) {
    ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last.hasMatchedOption("--verbose");
  }
}

package dev.gazette.cli;

/** The exit codes every command returns, and their lines for the help's "Exit codes" section. */
final class ExitCodes {
  /** The command did everything it was asked. */
  static final int OK = 0;
  /** The command failed; stderr says why and what to do. */
  static final int FAILURE = 1;
  /** The command line was wrong (unknown option, missing source, bad value). */
  static final int USAGE = 2;
  /** The command finished, but some inputs were rejected (or ids not found); stderr lists them. */
  static final int REJECTED = 3;

  static final String OK_LINE = "0:success";
  static final String FAILURE_LINE = "1:failure (the message on stderr says what went wrong and what to do)";
  static final String USAGE_LINE = "2:usage error (bad option, value or missing source)";
  static final String REJECTED_LINE = "3:done, but some inputs were rejected (listed on stderr)";

  private ExitCodes() {}
}

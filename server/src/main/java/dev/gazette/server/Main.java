package dev.gazette.server;

/** Entry point of {@code ./gazette serve}: see {@link ServeCommand} for the flags. */
public final class Main {
  private Main() {}

  /** Starts the server; exits non-zero only when it cannot start (2 for bad flags). */
  public static void main(String[] args) {
    int code = ServeCommand.commandLine(System.getenv()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}

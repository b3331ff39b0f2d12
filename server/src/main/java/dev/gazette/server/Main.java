package dev.gazette.server;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of {@code ./gazette serve}: see {@link ServeCommand} for the flags. */
public final class Main {
  /** Held so the level set on them is not lost when the loggers are garbage-collected. */
  private static final Logger[] LIBRARY_LOGGERS = {
    Logger.getLogger("org.xnio"), Logger.getLogger("org.jboss"), Logger.getLogger("io.undertow"),
    // Lucene's note that it uses the Vector API: a class name and a JUL line on every start, nothing to act on.
    Logger.getLogger("org.apache.lucene.internal.vectorization")
  };

  private Main() {}

  /** Starts the server; exits non-zero only when it cannot start (2 for bad flags). */
  public static void main(String[] args) {
    for (Logger logger : LIBRARY_LOGGERS) {
      logger.setLevel(Level.WARNING);
    }
    int code = ServeCommand.commandLine(System.getenv()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}

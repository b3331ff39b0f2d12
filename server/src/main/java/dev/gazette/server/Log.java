package dev.gazette.server;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

/**
 * Where the server writes its one-line messages: lifecycle, warnings, errors and the access log.
 *
 * <p>The server never logs API keys or article text. It writes through this interface rather than
 * {@code java.util.logging} because the JDK resets its log handlers in a shutdown hook of its own,
 * which would swallow the messages of a graceful shutdown.
 */
@FunctionalInterface
public interface Log {

  /** Writes one line. */
  void line(String text);

  /** A log printing timestamped lines to {@code out}. */
  static Log to(PrintStream out) {
    return text -> out.println(Instant.now() + " " + text);
  }

  /** An informational message. */
  default void info(String message) {
    line("INFO " + message);
  }

  /** Something worth an operator's attention that did not stop the server. */
  default void warn(String message) {
    line("WARN " + message);
  }

  /** A fault, with its stack trace for the operator (never for the client). */
  default void error(String message, Throwable cause) {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    line("ERROR " + message + System.lineSeparator() + trace.toString().stripTrailing());
  }

  /** The access-log line of one finished request. */
  default void access(String method, String path, int status, long millis) {
    line("ACCESS " + method + " " + path + " " + status + " " + millis + "ms");
  }
}

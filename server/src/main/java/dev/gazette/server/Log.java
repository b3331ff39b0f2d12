package dev.gazette.server;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the server writes its one-line messages: lifecycle, warnings, errors, the access log and
 * the slow-search log. The default methods write text; {@link #json} writes JSON lines instead.
 *
 * <p>The server never logs API keys or article text, and logs request paths as the client sent
 * them (still percent-encoded), so a request cannot forge a log line. It writes through this
 * interface rather than {@code java.util.logging} because the JDK resets its log handlers in a
 * shutdown hook of its own, which would swallow the messages of a graceful shutdown.
 */
@FunctionalInterface
public interface Log {

  /** Writes one line. */
  void line(String text);

  /** A log printing timestamped text lines to {@code out}. */
  static Log to(PrintStream out) {
    return text -> out.println(Instant.now() + " " + text);
  }

  /** A log printing to {@code out} in {@code format}. */
  static Log to(PrintStream out, LogFormat format) {
    return format == LogFormat.JSON ? json(out::println) : to(out);
  }

  /** A log handing one JSON object per line, with its time, to {@code lines}. */
  static Log json(Consumer<String> lines) {
    return new JsonLog(lines);
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
    line("ERROR " + message + System.lineSeparator() + stackTrace(cause));
  }

  /** The access-log line of one finished request; {@code path} is the raw path, without the query. */
  default void access(String method, String path, int status, long millis) {
    line("ACCESS " + method + " " + path + " " + status + " " + millis + "ms");
  }

  /**
   * A search that took at least the slow-search threshold.
   *
   * @param millis how long the engine took
   * @param hits how many articles matched
   * @param query the query text
   * @param filters the facet filters, as {@code dimension:value}
   * @param request a {@code GET /api/search} path with every parameter the client sent, to run it again
   */
  default void slowSearch(long millis, long hits, String query, List<String> filters, String request) {
    line("SLOW search " + millis + "ms " + hits + " hits GET " + request);
  }

  /** {@code cause}'s stack trace as text. */
  static String stackTrace(Throwable cause) {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    return trace.toString().stripTrailing();
  }
}

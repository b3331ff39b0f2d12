package dev.gazette.server;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server logs, written through SLF4J to three named loggers that an operator configures
 * in {@code logback.xml} like any other: {@value #APPLICATION} (start-up, shutdown, warnings and
 * faults), {@value #ACCESS} (one line per finished request) and {@value #SLOW_QUERY} (searches that
 * reached {@code --slow-query-ms}). The access and slow-search lines carry their fields as SLF4J
 * key-value pairs, which {@code --log-format json} writes as fields of their own ({@link
 * JsonLogEncoder}).
 *
 * <p>The server never logs API keys or article text, and logs request paths as the client sent
 * them (still percent-encoded), so a request cannot forge a log line.
 */
public final class Log {
  /** The application log: lifecycle, warnings and faults. */
  public static final String APPLICATION = "gazette";
  /** The access log: method, raw path, status and duration of every finished request. */
  public static final String ACCESS = "gazette.access";
  /** The slow-search log: searches that took at least the threshold, with the request that runs them again. */
  public static final String SLOW_QUERY = "gazette.slow-query";

  private final Logger application = LoggerFactory.getLogger(APPLICATION);
  private final Logger access = LoggerFactory.getLogger(ACCESS);
  private final Logger slowQuery = LoggerFactory.getLogger(SLOW_QUERY);

  /** A log writing to the three named loggers, as Logback is configured for this process. */
  public Log() {}

  /** An informational message. */
  public void info(String message) {
    application.info(message);
  }

  /** Something worth an operator's attention that did not stop the server. */
  public void warn(String message) {
    application.warn(message);
  }

  /** A fault, with its stack trace for the operator (never for the client). */
  public void error(String message, Throwable cause) {
    application.error(message, cause);
  }

  /** The access-log line of one finished request; {@code path} is the raw path, without the query. */
  public void access(String method, String path, int status, long millis) {
    access.atInfo().addKeyValue("method", method).addKeyValue("path", path).addKeyValue("status", status)
        .addKeyValue("millis", millis).log("{} {} {} {}ms", method, path, status, millis);
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
  public void slowSearch(long millis, long hits, String query, List<String> filters, String request) {
    slowQuery.atWarn().addKeyValue("millis", millis).addKeyValue("hits", hits).addKeyValue("query", query)
        .addKeyValue("filters", filters).addKeyValue("request", request)
        .log("{}ms {} hits GET {}", millis, hits, request);
  }
}

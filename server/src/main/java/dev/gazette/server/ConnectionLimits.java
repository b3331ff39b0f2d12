package dev.gazette.server;

import java.time.Duration;

/**
 * How long a client may take over each part of a request, and how many may be connected at once:
 * a client that sends its headers or its body too slowly, or keeps an idle connection open, is
 * closed, so slow or stalled clients cannot hold the server's connections forever. None of these
 * hold a thread: headers and bodies are read by the I/O threads as bytes arrive.
 *
 * @param headerTimeout the longest a request's line and headers may take to arrive, from their
 *     first byte (Undertow's {@code REQUEST_PARSE_TIMEOUT}); {@code null}: {@link #DEFAULT_HEADER_TIMEOUT}
 * @param bodyTimeout the longest a request's body may take to arrive, from the end of its headers;
 *     {@code null}: {@link #DEFAULT_BODY_TIMEOUT}
 * @param idleTimeout the longest a connection may stay open without a request (Undertow's {@code
 *     NO_REQUEST_TIMEOUT}), and the longest a response may wait for a client that does not read it
 *     (XNIO's {@code WRITE_TIMEOUT}); {@code null}: {@link #DEFAULT_IDLE_TIMEOUT}
 * @param maxConnections the most connections open at once; beyond it new connections wait in the
 *     listen backlog until one closes (XNIO's {@code CONNECTION_HIGH_WATER}); 0: {@link
 *     #DEFAULT_MAX_CONNECTIONS}
 */
public record ConnectionLimits(Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout, int maxConnections) {
  /** The default time for a request's line and headers: 10 seconds. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  /** The default time for a request's body: 60 seconds (10 MB at 175 KB/s). */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(60);
  /** The default time a connection may stay idle: 60 seconds. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
  /** The default most connections open at once. */
  public static final int DEFAULT_MAX_CONNECTIONS = 2_000;

  /** The defaults. */
  public static final ConnectionLimits DEFAULTS = new ConnectionLimits(null, null, null, 0);

  /** Fills the defaults and checks every value is positive. */
  public ConnectionLimits {
    headerTimeout = positive(headerTimeout, DEFAULT_HEADER_TIMEOUT, "header");
    bodyTimeout = positive(bodyTimeout, DEFAULT_BODY_TIMEOUT, "body");
    idleTimeout = positive(idleTimeout, DEFAULT_IDLE_TIMEOUT, "idle");
    maxConnections = maxConnections == 0 ? DEFAULT_MAX_CONNECTIONS : maxConnections;
    if (maxConnections < 1) {
      throw new IllegalArgumentException("the connection limit must be at least 1");
    }
  }

  /** The number of open connections below which new ones are accepted again once the limit was reached. */
  int resumeConnections() {
    return Math.max(1, maxConnections - Math.max(1, maxConnections / 10));
  }

  private static Duration positive(Duration value, Duration fallback, String name) {
    Duration duration = value == null ? fallback : value;
    if (duration.toMillis() < 1 || duration.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the " + name + " timeout must be between 1 ms and 24 days");
    }
    return duration;
  }
}

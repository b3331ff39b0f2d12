package dev.gazette.server;

import dev.gazette.Embedder;
import dev.gazette.GazetteConfig;
import dev.gazette.OpenSearchTarget;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run a server, validated once when built: from flags and environment variables by {@link
 * ServeCommand}, or directly by code that embeds the server.
 *
 * @param host the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param dataDir the data folder holding the index
 * @param seedsDir the folder of articles indexed on first start or when it changes, or {@code null}
 *     for none
 * @param apiKey the admin key writes must present, or {@code null} when writes are open
 * @param searchKey the key reads must present (the admin key works too), or {@code null} when reads
 *     are open; needs an {@code apiKey}
 * @param allowInsecure whether to listen on a non-loopback address without an API key
 * @param maxBodyBytes the largest request body accepted (413 beyond)
 * @param corsOrigins origins allowed to call the API from a browser ({@code *} for any); empty:
 *     CORS off
 * @param shutdownTimeout how long a shutdown waits for in-flight requests
 * @param slowQuery searches taking at least this long are logged with what runs them again;
 *     {@code null}: {@link #DEFAULT_SLOW_QUERY}
 * @param logFormat how the log is written; {@code null}: {@link LogFormat#TEXT}
 * @param searchTimeout the time budget of one search, past which it returns what it has flagged
 *     {@code timedOut}; {@code null}: {@link #DEFAULT_SEARCH_TIMEOUT}
 * @param synonyms a Solr-format synonyms file applied to queries; {@code null}: core's built-in set
 * @param openSearch the OpenSearch cluster holding the index; {@code null}: the embedded index in
 *     {@code dataDir}
 * @param connections the time limits on slow clients and the connection limit; {@code null}:
 *     {@link ConnectionLimits#DEFAULTS}
 * @param embedder the model that embeds articles and queries for search by meaning, or {@code null}
 *     for search by words only
 */
public record ServerOptions(
    String host,
    int port,
    Path dataDir,
    Path seedsDir,
    ApiKey apiKey,
    ApiKey searchKey,
    boolean allowInsecure,
    long maxBodyBytes,
    List<String> corsOrigins,
    Duration shutdownTimeout,
    Duration slowQuery,
    LogFormat logFormat,
    Duration searchTimeout,
    Path synonyms,
    OpenSearchTarget openSearch,
    ConnectionLimits connections,
    Embedder embedder) {

  /** The default request body limit: 10 MB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
  /** The default slow-search threshold: half a second. */
  public static final Duration DEFAULT_SLOW_QUERY = Duration.ofMillis(500);

  /** The default search time budget, as core's: {@link GazetteConfig#defaults()}. */
  public static final Duration DEFAULT_SEARCH_TIMEOUT = Duration.ofMillis(GazetteConfig.defaults().operations().searchTimeoutMs());

  /** Checks every value and refuses an open write API on a non-loopback address. */
  public ServerOptions {
    Objects.requireNonNull(dataDir, "dataDir");
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("the host must not be empty");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be at least 1 byte");
    }
    corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    shutdownTimeout = shutdownTimeout == null ? Duration.ofSeconds(20) : shutdownTimeout;
    slowQuery = slowQuery == null ? DEFAULT_SLOW_QUERY : slowQuery;
    if (slowQuery.isNegative()) {
      throw new IllegalArgumentException("the slow-search threshold must be 0 ms or more");
    }
    logFormat = logFormat == null ? LogFormat.TEXT : logFormat;
    connections = connections == null ? ConnectionLimits.DEFAULTS : connections;
    searchTimeout = searchTimeout == null ? DEFAULT_SEARCH_TIMEOUT : searchTimeout;
    if (searchTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("the search time budget must be at least 1 ms");
    }
    new Keys(apiKey, searchKey); // refuses a search key without an admin key
    if (apiKey == null && !allowInsecure && !isLoopback(host)) {
      throw new IllegalArgumentException("refusing to listen on " + host + " without an API key: anyone who can"
          + " reach it could change the index. Set --api-key-file or GAZETTE_API_KEY, listen on 127.0.0.1,"
          + " or pass --allow-insecure");
    }
  }

  /** The keys reads and writes need. */
  Keys keys() {
    return new Keys(apiKey, searchKey);
  }

  /** The core configuration: the defaults with this search time budget, synonyms and embedder. */
  GazetteConfig gazetteConfig() {
    return GazetteConfig.defaults()
        .withEmbedder(embedder)
        .withAnalysis(a -> a.synonyms(synonyms))
        .withOperations(o -> o.searchTimeoutMs(searchTimeout.toMillis()));
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host " + host);
    }
  }
}

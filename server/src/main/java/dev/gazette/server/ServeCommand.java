package dev.gazette.server;

import dev.gazette.InvalidRequestException;
import dev.gazette.OpenSearchTarget;
import dev.gazette.embeddings.Embedders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./gazette serve}: the flags and environment variables of the server, turned into {@link
 * ServerOptions}, and the command that starts it. Flags win over environment variables, which win
 * over the defaults.
 */
@Command(
    name = "gazette serve",
    mixinStandardHelpOptions = true,
    version = "Gazette server 0.1.0",
    sortOptions = false,
    description = {
      "Serves the Gazette HTTP API (search, articles, facets, stats) on an embedded index.",
      "Into an empty index it loads the seeds before it reports ready; an index built otherwise is never replaced.",
      "SIGTERM (Ctrl-C) finishes the requests in flight, commits and closes the index."
    },
    footer = {
      "",
      "Environment variables, used when the flag is not given:",
      "  GAZETTE_HOST, GAZETTE_PORT, GAZETTE_DATA, GAZETTE_SEEDS,",
      "  GAZETTE_API_KEY_FILE, GAZETTE_ALLOW_INSECURE, GAZETTE_MAX_BODY,",
      "  GAZETTE_CORS_ORIGINS (comma-separated), GAZETTE_SHUTDOWN_TIMEOUT,",
      "  GAZETTE_SLOW_QUERY_MS, GAZETTE_LOG_FORMAT, GAZETTE_SEARCH_KEY_FILE,",
      "  GAZETTE_SEARCH_TIMEOUT_MS, GAZETTE_HEADER_TIMEOUT, GAZETTE_BODY_TIMEOUT,",
      "  GAZETTE_IDLE_TIMEOUT, GAZETTE_MAX_CONNECTIONS, and GAZETTE_API_KEY / GAZETTE_SEARCH_KEY:",
      "  the keys themselves, when there is no key file.",
      "",
      "With an API (admin) key, PUT, DELETE and POST /api/articles need",
      "'Authorization: Bearer <admin key>'. With a search key too, reads need",
      "'Authorization: Bearer <search or admin key>'."
    })
final class ServeCommand implements Callable<Integer> {
  private static final Map<String, String> ENVIRONMENT = Map.ofEntries(
      Map.entry("--host", "GAZETTE_HOST"),
      Map.entry("--port", "GAZETTE_PORT"),
      Map.entry("--data", "GAZETTE_DATA"),
      Map.entry("--seeds", "GAZETTE_SEEDS"),
      Map.entry("--api-key-file", "GAZETTE_API_KEY_FILE"),
      Map.entry("--allow-insecure", "GAZETTE_ALLOW_INSECURE"),
      Map.entry("--max-body", "GAZETTE_MAX_BODY"),
      Map.entry("--cors-origin", "GAZETTE_CORS_ORIGINS"),
      Map.entry("--shutdown-timeout", "GAZETTE_SHUTDOWN_TIMEOUT"),
      Map.entry("--slow-query-ms", "GAZETTE_SLOW_QUERY_MS"),
      Map.entry("--log-format", "GAZETTE_LOG_FORMAT"),
      Map.entry("--search-key-file", "GAZETTE_SEARCH_KEY_FILE"),
      Map.entry("--search-timeout-ms", "GAZETTE_SEARCH_TIMEOUT_MS"),
      Map.entry("--synonyms", "GAZETTE_SYNONYMS"),
      Map.entry("--backend", "GAZETTE_BACKEND"),
      Map.entry("--url", "GAZETTE_OPENSEARCH_URL"),
      Map.entry("--index", "GAZETTE_OPENSEARCH_INDEX"),
      Map.entry("--header-timeout", "GAZETTE_HEADER_TIMEOUT"),
      Map.entry("--body-timeout", "GAZETTE_BODY_TIMEOUT"),
      Map.entry("--idle-timeout", "GAZETTE_IDLE_TIMEOUT"),
      Map.entry("--max-connections", "GAZETTE_MAX_CONNECTIONS"),
      Map.entry("--embedder", "GAZETTE_EMBEDDER"));

  @Spec private CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}). A non-loopback address needs an API key.")
  private String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--data", defaultValue = "data", description = "Data folder where the index lives (default: ${DEFAULT-VALUE}).")
  private Path data;

  @Option(names = "--seeds", defaultValue = "seeds",
      description = "Articles to index into an empty index, or again when they change and the index holds only "
          + "what they put there; 'none' for no seeds (default: ${DEFAULT-VALUE}).")
  private Path seeds;

  @Option(names = "--api-key-file", description = "File holding the admin key that writes must present.")
  private Path apiKeyFile;

  @Option(names = "--search-key-file",
      description = "File holding a search-only key; when set, reads need it or the admin key (default: reads open).")
  private Path searchKeyFile;

  @Option(names = "--allow-insecure", description = "Allow a non-loopback address without an API key.")
  private boolean allowInsecure;

  @Option(names = "--max-body", defaultValue = "10MB", converter = ByteSize.class,
      description = "Largest request body, such as 512KB or 10MB (default: ${DEFAULT-VALUE}).")
  private long maxBody;

  @Option(names = "--header-timeout", defaultValue = "10", paramLabel = "SECONDS",
      description = "Seconds a client may take to send a request's line and headers; slower clients are closed (default: ${DEFAULT-VALUE}).")
  private int headerTimeoutSeconds;

  @Option(names = "--body-timeout", defaultValue = "60", paramLabel = "SECONDS",
      description = "Seconds a client may take to send a request's body; slower clients get 408 and are closed (default: ${DEFAULT-VALUE}).")
  private int bodyTimeoutSeconds;

  @Option(names = "--idle-timeout", defaultValue = "60", paramLabel = "SECONDS",
      description = "Seconds a connection may stay open without a request, or a response wait for a client that does not read it (default: ${DEFAULT-VALUE}).")
  private int idleTimeoutSeconds;

  @Option(names = "--max-connections", defaultValue = "2000", paramLabel = "N",
      description = "Most connections open at once; more wait until one closes (default: ${DEFAULT-VALUE}).")
  private int maxConnections;

  @Option(names = "--cors-origin", split = ",", paramLabel = "ORIGIN",
      description = "Origin allowed to call the API from a browser; repeatable, * for any (default: CORS off).")
  private List<String> corsOrigins;

  @Option(names = "--shutdown-timeout", defaultValue = "20",
      description = "Seconds a shutdown waits for requests in flight (default: ${DEFAULT-VALUE}).")
  private int shutdownTimeoutSeconds;

  @Option(names = "--slow-query-ms", defaultValue = "500",
      description = "Log searches taking at least this many milliseconds, with what runs them again; 0 logs every search (default: ${DEFAULT-VALUE}).")
  private long slowQueryMillis;

  @Option(names = "--log-format", defaultValue = "text",
      description = "Log as readable lines (text) or as JSON lines (json), through Logback; "
          + "-Dlogback.configurationFile=FILE (in GAZETTE_JAVA_OPTS) replaces its configuration (default: ${DEFAULT-VALUE}).")
  private LogFormat logFormat;

  @Option(names = "--search-timeout-ms", defaultValue = "5000",
      description = "Time budget of one search in milliseconds; past it a search returns what it has, flagged timedOut (default: ${DEFAULT-VALUE}).")
  private long searchTimeoutMillis;

  @Option(names = "--synonyms", paramLabel = "FILE",
      description = "Solr-format synonyms file applied to queries, replacing the built-in set of news names.")
  private Path synonyms;

  @Option(names = "--embedder", defaultValue = Embedders.BUNDLED, paramLabel = "MODEL",
      description = "The model for search by meaning: bundled (bge-small-en-v1.5, inside Gazette, no download) "
          + "or none (search by words only). Articles are embedded in the background (default: ${DEFAULT-VALUE}).")
  private String embedder;

  @Option(names = "--backend", defaultValue = "embedded", paramLabel = "KIND",
      description = "Where the index lives: embedded (a Lucene index in --data) or opensearch (a cluster at --url) (default: ${DEFAULT-VALUE}).")
  private Backend backend;

  @Option(names = "--url", paramLabel = "URLS",
      description = "With --backend opensearch: the cluster's nodes, comma-separated, as http://host:9200; "
          + "credentials from GAZETTE_OPENSEARCH_USER and GAZETTE_OPENSEARCH_PASSWORD.")
  private String url;

  @Option(names = "--index", defaultValue = OpenSearchTarget.DEFAULT_INDEX, paramLabel = "NAME",
      description = "With --backend opensearch: the alias the index is reached by (default: ${DEFAULT-VALUE}).")
  private String index;

  /** Where the index lives. */
  enum Backend {
    /** A Lucene index in the data folder. */
    EMBEDDED,
    /** An OpenSearch cluster. */
    OPENSEARCH
  }

  private final Map<String, String> env;

  private ServeCommand(Map<String, String> env) {
    this.env = env;
  }

  /** The command line of {@code gazette serve}, reading environment variables from {@code env}. */
  static CommandLine commandLine(Map<String, String> env) {
    CommandLine commandLine = new CommandLine(new ServeCommand(env));
    commandLine.setDefaultValueProvider(ServeCommand::fromEnvironment);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /** The options that {@code args} and {@code env} describe; throws {@link ParameterException} for bad ones. */
  static ServerOptions options(Map<String, String> env, String... args) {
    CommandLine commandLine = commandLine(env);
    commandLine.parseArgs(args);
    return commandLine.<ServeCommand>getCommand().options();
  }

  @Override
  public Integer call() {
    ServerOptions options = options();
    options.logFormat().install();
    Log log = new Log();
    GazetteServer server;
    try {
      server = GazetteServer.start(options, log);
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("gazette serve: could not start: " + rootMessage(e));
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("gazette-shutdown").unstarted(server::close));
    try {
      server.ready().join();
      return 0;
    } catch (CompletionException e) {
      spec.commandLine().getErr().println("gazette serve: could not open the index: " + rootMessage(e));
      return 1;
    }
  }

  private ServerOptions options() {
    try {
      return new ServerOptions(host, port, data, "none".equals(seeds.toString()) ? null : seeds, key(apiKeyFile, "GAZETTE_API_KEY"),
          key(searchKeyFile, "GAZETTE_SEARCH_KEY"), allowInsecure, maxBody, corsOrigins,
          Duration.ofSeconds(shutdownTimeoutSeconds), Duration.ofMillis(slowQueryMillis), logFormat,
          Duration.ofMillis(searchTimeoutMillis), synonyms, openSearch(), connectionLimits(),
          Embedders.named(embedder, 1));
    } catch (IllegalArgumentException | InvalidRequestException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ConnectionLimits connectionLimits() {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("--max-connections must be at least 1");
    }
    return new ConnectionLimits(Duration.ofSeconds(headerTimeoutSeconds), Duration.ofSeconds(bodyTimeoutSeconds),
        Duration.ofSeconds(idleTimeoutSeconds), maxConnections);
  }

  /** The cluster to serve from with {@code --backend opensearch}, else {@code null}. */
  private OpenSearchTarget openSearch() {
    if (backend != Backend.OPENSEARCH) {
      return null;
    }
    if (url == null || url.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--backend opensearch needs --url http://host:9200 (or GAZETTE_OPENSEARCH_URL)");
    }
    OpenSearchTarget target = OpenSearchTarget.of(url, index);
    String user = env.get("GAZETTE_OPENSEARCH_USER");
    return user == null ? target : target.withCredentials(user, env.get("GAZETTE_OPENSEARCH_PASSWORD"));
  }

  /** The key in {@code file} if given, else in the environment variable {@code variable}, else none. */
  private ApiKey key(Path file, String variable) {
    if (file != null) {
      try {
        return ApiKey.of(Files.readString(file));
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "cannot read the key file " + file);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "the key file " + file + " is empty");
      }
    }
    String key = env.get(variable);
    return key == null || key.isBlank() ? null : ApiKey.of(key);
  }

  private static String fromEnvironment(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option) || !(arg.command().userObject() instanceof ServeCommand command)) {
      return null;
    }
    String variable = ENVIRONMENT.get(option.longestName());
    return variable == null ? null : command.env.get(variable);
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  /** Reads sizes such as {@code 1048576}, {@code 512KB} or {@code 10MB}. */
  static final class ByteSize implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.strip().toUpperCase(Locale.ROOT);
      long unit = 1;
      if (text.endsWith("KB")) {
        unit = 1024;
      } else if (text.endsWith("MB")) {
        unit = 1024 * 1024;
      }
      String digits = unit == 1 ? text : text.substring(0, text.length() - 2).strip();
      try {
        return Math.multiplyExact(Long.parseLong(digits), unit);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 512KB or 10MB");
      }
    }
  }
}

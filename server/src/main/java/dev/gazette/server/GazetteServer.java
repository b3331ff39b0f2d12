package dev.gazette.server;

import dev.gazette.embeddings.Embedders;
import dev.gazette.store.DataFolder;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running Gazette HTTP server over one data folder.
 *
 * <p>{@link #start} begins opening the index (and, on first start or when the seeds changed, indexing
 * the seeds) on a background thread while it builds the HTTP stack, and listens at once, so {@code
 * /health} answers while the index opens; API requests get 503 until {@link #ready()} completes. {@link #close()} is the graceful shutdown run on SIGTERM: it refuses new
 * requests, waits (bounded) for those in flight, stops listening, then commits and closes the index.
 * {@code GET /metrics} exposes its {@link Metrics} to Prometheus.
 */
public final class GazetteServer implements AutoCloseable {
  /** Threads of the lane that runs every endpoint but the searches, per core: writes wait on disk syncs. */
  private static final int WORK_THREADS_PER_CORE = 8;
  /** Requests the work lane holds waiting before it answers 503 overloaded. */
  private static final int WORK_QUEUE = 1_024;

  private final ServerOptions options;
  private final Log log;
  private final Metrics metrics;
  private final Instant startedAt = Instant.now();
  private final DataFolder data;
  private final Readiness readiness;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ShutdownGate gate;
  private final GracefulShutdownHandler inFlight;
  private final Lane work;
  private final SearchLanes searches;
  private final HttpListener listener;

  private GazetteServer(ServerOptions options, Log log, Metrics metrics, Startup startup) {
    this.options = options;
    this.log = log;
    this.metrics = metrics;
    this.data = options.openSearch() == null
        ? DataFolder.open(options.dataDir(), options.gazetteConfig())
        : DataFolder.connect(options.dataDir(), options.openSearch(), options.gazetteConfig());
    Embedders.preload(options.embedder());
    this.readiness = Readiness.start(data, startup, log);
    metrics.watch(data, readiness::isReady);
    int cores = Runtime.getRuntime().availableProcessors();
    this.work = new Lane("gazette-work", WORK_THREADS_PER_CORE * cores, WORK_QUEUE);
    this.searches = new SearchLanes(cores);
    this.inFlight = new GracefulShutdownHandler(new HttpContinueReadHandler(compressed(routes())));
    this.gate = new ShutdownGate(inFlight);
    try {
      this.listener = HttpListener.start(options, new AccessLog(new RequestLimits(new RequestFraming(gate)), log,
          metrics.requests()));
    } catch (RuntimeException e) {
      readiness.stop(e);
      searches.close();
      work.close();
      data.close();
      throw e;
    }
  }

  /** Starts a server that indexes {@link ServerOptions#seedsDir()} when needed before it reports ready. */
  public static GazetteServer start(ServerOptions options, Log log) {
    Metrics metrics = new Metrics();
    return start(options, log, metrics, new SeedIndexer(options.seedsDir(), log, metrics.documents()));
  }

  /** Starts a server that runs {@code startup} on its data folder before it reports ready. */
  static GazetteServer start(ServerOptions options, Log log, Startup startup) {
    return start(options, log, new Metrics(), startup);
  }

  private static GazetteServer start(ServerOptions options, Log log, Metrics metrics, Startup startup) {
    GazetteServer server = new GazetteServer(options, log, metrics, startup);
    URI uri = server.uri();
    log.info("listening on " + uri + "; the API answers once the index is ready");
    server.readiness.listening(uri);
    return server;
  }

  /** The address the server listens on (with the actual port when port 0 was asked). */
  public URI uri() {
    InetSocketAddress address = listener.address();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
  }

  /** Completes when the index is open and searchable; fails if it could not be opened. */
  public CompletableFuture<Void> ready() {
    return readiness.future();
  }

  /** Shuts down gracefully: refuses new requests, finishes those in flight, commits and closes the index. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    log.info("shutting down: finishing requests in flight");
    gate.close();
    readiness.stop(new IllegalStateException("shutting down"));
    inFlight.shutdown();
    try {
      if (!inFlight.awaitShutdown(options.shutdownTimeout().toMillis())) {
        log.warn("requests still running after " + options.shutdownTimeout().toSeconds() + "s; stopping anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    searches.close();
    work.close();
    listener.stop();
    data.close();
    log.info("index committed and closed");
  }

  private HttpHandler routes() {
    ApiHandler.Settings settings = new ApiHandler.Settings(readiness::isReady, options.keys(),
        new BodyReader(options.maxBodyBytes(), options.connections().bodyTimeout()), log);
    SearchEndpoints search = new SearchEndpoints(data, metrics.searches(),
        new SlowQueryLog(options.slowQuery(), log, metrics.registry()));
    ArticleEndpoints articles = new ArticleEndpoints(data, metrics.documents());
    StatusEndpoints status = new StatusEndpoints(data, readiness::isReady, startedAt);
    Router routes = new Router(settings, work);
    routes.add("GET", "/api/search", Access.READ, searches::laneFor, search::get);
    routes.add("POST", "/api/search", Access.READ, searches::laneFor, search::post);
    routes.add("GET", "/api/articles/{id}", Access.READ, articles::get);
    routes.add("GET", "/api/articles/{id}/related", Access.READ, articles::related);
    routes.add("PUT", "/api/articles/{id}", Access.WRITE, articles::put);
    routes.add("DELETE", "/api/articles/{id}", Access.WRITE, articles::delete);
    routes.add("POST", "/api/articles", Access.WRITE, articles::bulk);
    routes.add("GET", "/api/facets/{dimension}", Access.READ, new FacetEndpoint(data)::handle);
    routes.add("GET", "/api/suggest", Access.READ, new SuggestEndpoint(data)::handle);
    routes.add("GET", "/api/stats", Access.READ, status::stats);
    routes.add("POST", "/api/admin/snapshot", Access.WRITE, new SnapshotEndpoint(data)::handle);
    routes.addOnIoThread("GET", "/health", Access.OPEN, status::health);
    routes.addOnIoThread("GET", "/ready", Access.OPEN, status::ready);
    routes.add("GET", "/openapi.json", Access.OPEN, new OpenApiEndpoint()::handle);
    routes.add("GET", "/metrics", Access.OPEN, new MetricsEndpoint(metrics.registry())::handle);
    HttpHandler handler = routes.build();
    return options.corsOrigins().isEmpty() ? handler : new Cors(handler, new HashSet<>(options.corsOrigins()));
  }

  private static HttpHandler compressed(HttpHandler next) {
    return new EncodingHandler(next, new ContentEncodingRepository()
        .addEncodingHandler("gzip", new GzipEncodingProvider(), 50));
  }
}

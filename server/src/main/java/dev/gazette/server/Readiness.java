package dev.gazette.server;

import dev.gazette.Gazette;
import dev.gazette.UnsupportedFeatureException;
import dev.gazette.store.DataFolder;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Prepares a server's data folder on a background thread (runs its {@link Startup}, opens the index,
 * builds the facet state every search reads and the autocomplete phrases of every segment) while
 * the server builds its HTTP stack and starts listening, so that the two overlap; the API answers
 * once both are done.
 */
final class Readiness {
  /** Any word: a suggestion for it reads the phrases of every segment. */
  private static final String WARM_UP = "a";

  private final DataFolder data;
  private final Log log;
  private final AtomicBoolean ready = new AtomicBoolean();
  private final CompletableFuture<URI> listening = new CompletableFuture<>();
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private volatile boolean stopped;

  private Readiness(DataFolder data, Log log) {
    this.data = data;
    this.log = log;
  }

  /** Starts preparing {@code data} with {@code startup} at once. */
  static Readiness start(DataFolder data, Startup startup, Log log) {
    Readiness readiness = new Readiness(data, log);
    Thread.ofPlatform().name("gazette-startup").start(() -> readiness.prepare(startup));
    return readiness;
  }

  /** Notes that the server listens at {@code uri}; it becomes ready once the index is open too. */
  void listening(URI uri) {
    listening.complete(uri);
  }

  /** Notes that the server could not start listening, or is shutting down: it never becomes ready. */
  void stop(Throwable cause) {
    stopped = true;
    ready.set(false);
    listening.completeExceptionally(cause);
  }

  /** Whether the API may answer: the index is open and the server listens and is not shutting down. */
  boolean isReady() {
    return ready.get();
  }

  /** Completes when the server is ready; fails if the index could not be opened. */
  CompletableFuture<Void> future() {
    return done;
  }

  /** Reads every segment's phrases with one suggestion, so the first user's need not; a backend without autocomplete skips it. */
  private static void warmAutocomplete(Gazette gazette) {
    try {
      gazette.suggest(WARM_UP, 1, null, null);
    } catch (UnsupportedFeatureException e) {
      // Nothing to warm: suggestions are answered 501.
    }
  }

  private void prepare(Startup startup) {
    try {
      startup.prepare(data);
    } catch (RuntimeException e) {
      log.error("could not prepare the index; serving it as it was", e);
    }
    long documents;
    try {
      documents = data.withLive(gazette -> {
        gazette.facetDimensions(); // builds the facet state every search needs, before the first one
        warmAutocomplete(gazette);
        return gazette.gauges().documents();
      });
    } catch (RuntimeException | Error e) {
      if (!stopped) {
        log.error("could not open the index in " + data.dir(), e);
      }
      done.completeExceptionally(e);
      return;
    }
    URI uri;
    try {
      uri = listening.join();
    } catch (CompletionException e) {
      done.completeExceptionally(e.getCause());
      return;
    }
    if (!stopped) {
      ready.set(true);
      log.info("ready: " + documents + (documents == 1 ? " article" : " articles") + " searchable at " + uri + "/api/search");
    }
    done.complete(null);
  }
}

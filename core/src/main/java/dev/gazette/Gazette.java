package dev.gazette;

import dev.gazette.IngestReport.Rejection;
import dev.gazette.index.IndexStore;
import dev.gazette.embedded.EmbeddedBackend;
import dev.gazette.opensearch.OpenSearchBackend;
import dev.gazette.opensearch.OpenSearchIndex;
import dev.gazette.plan.Backend;
import dev.gazette.plan.QueryExport;
import dev.gazette.plan.QueryPlanner;
import dev.gazette.plan.SearchPipeline;
import dev.gazette.store.WriteRules;
import dev.gazette.suggest.Autocomplete;
import dev.gazette.vector.QueryVectors;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A Gazette search engine over one index: add, replace and delete articles, search them.
 *
 * <pre>{@code
 * try (Gazette gazette = Gazette.open(Path.of("data/index"))) {
 *   gazette.load(ArticleReader.of(Path.of("seeds")));
 *   gazette.commit();
 *   SearchResult result = gazette.search(SearchRequest.of("north korea"));
 * }
 * }</pre>
 *
 * <p>The index is embedded (a Lucene index in this JVM, {@link #open}) or an OpenSearch cluster
 * ({@link #connect}); the API is the same, differences are listed on {@link #connect}.
 *
 * <p>Writes are visible to search within a second (near-real-time) and durable after {@link
 * #commit()}. All methods are safe to call from many threads at once; {@link #close()} waits for
 * calls in progress to finish.
 */
public final class Gazette implements Closeable {
  /** Longest facet dimension or value accepted, in characters. */
  public static final int MAX_FACET_LENGTH = WriteRules.MAX_FACET_LENGTH;

  /**
   * Articles {@link #load} hands to the index at once: on OpenSearch, four bulk requests, two of
   * them in flight at a time.
   */
  private static final int LOAD_BATCH = 2_000;

  private final Backend backend;
  private final SearchPipeline pipeline;
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private Gazette(Backend backend, GazetteConfig config) {
    this.backend = backend;
    Embedder embedder = config.semantic().embedder();
    this.pipeline = new SearchPipeline(new QueryPlanner(backend.schema(), config),
        embedder == null ? null : new QueryVectors(embedder));
  }

  /** Opens (or creates) the index in folder {@code dir} with the default configuration. */
  public static Gazette open(Path dir) {
    return open(dir, GazetteConfig.defaults());
  }

  /**
   * Opens (or creates) the index in folder {@code dir}. An existing index keeps the analysis it
   * was built with; {@code config}'s ranking settings apply. Throws {@link GazetteException}
   * explaining why when the index is locked by another process, damaged, or from an incompatible
   * version.
   */
  public static Gazette open(Path dir, GazetteConfig config) {
    return new Gazette(new EmbeddedBackend(IndexStore.open(dir, config, false), config), config);
  }

  /**
   * Opens the last commit of the index in folder {@code dir} for searching only, with the default
   * configuration; see {@link #openReadOnly(Path, GazetteConfig)}.
   */
  public static Gazette openReadOnly(Path dir) {
    return openReadOnly(dir, GazetteConfig.defaults());
  }

  /**
   * Opens the last commit of the index in folder {@code dir} for searching only: no write lock is
   * taken, so a server may be writing the same index meanwhile; {@link #refresh()} moves to its
   * newest commit. Writes throw {@link GazetteException}.
   */
  public static Gazette openReadOnly(Path dir, GazetteConfig config) {
    return new Gazette(new EmbeddedBackend(IndexStore.open(dir, config, true), config), config);
  }

  /** A new empty index held in memory, for tests and small embedded uses. */
  public static Gazette inMemory() {
    return inMemory(GazetteConfig.defaults());
  }

  /** A new empty index held in memory. */
  public static Gazette inMemory(GazetteConfig config) {
    return new Gazette(new EmbeddedBackend(IndexStore.inMemory(config), config), config);
  }

  /**
   * The index {@code target} names on an OpenSearch cluster, created (settings and mappings
   * generated from {@code config}'s analysis) when it does not exist yet; an existing one keeps the
   * analysis it was built with. Searches, facets, highlighting, sorts, paging, typo tolerance,
   * spelling suggestions, related articles and explanations work as on the embedded index; what
   * differs: {@link #suggest} throws {@link UnsupportedFeatureException} (the backend has no autocomplete), {@link #gauges()} reports
   * only what the cluster measures (nothing buffered, no refresh lag), {@code commit} makes writes
   * visible (the cluster's translog already made them durable), and pseudo-relevance feedback is
   * not applied (rankings match the embedded engine's with feedback off). Throws {@link GazetteException} when the cluster cannot be reached.
   */
  public static Gazette connect(OpenSearchTarget target, GazetteConfig config) {
    return new Gazette(new OpenSearchBackend(OpenSearchIndex.connect(target, config), config), config);
  }

  /**
   * Adds {@code article}, replacing any article with the same id; it is checked whole first, so a
   * refused article ({@link InvalidRequestException}) changes nothing.
   */
  public void upsert(Article article) {
    WriteRules.check(article);
    write(List.of(article));
  }

  /** Adds or replaces every article; all are checked before any is written. */
  public void upsertAll(Collection<Article> articles) {
    articles.forEach(WriteRules::check);
    write(articles);
  }

  /**
   * Reads every article from {@code reader} and upserts it; does not commit. An article the index
   * refuses is reported as a rejection, and the rest go on.
   */
  public IngestReport load(ArticleReader reader) {
    return load(reader, read -> {});
  }

  /**
   * {@link #load(ArticleReader)}, telling {@code progress} after each article how many have been read
   * so far (those the index refuses included), so that a caller can show how far the load has got.
   * Called on the reading thread; keep it cheap.
   */
  public IngestReport load(ArticleReader reader, LongConsumer progress) {
    AtomicLong seen = new AtomicLong();
    List<Rejection> refused = new ArrayList<>();
    AtomicLong refusedCount = new AtomicLong();
    BiConsumer<Article, InvalidRequestException> refuse = (article, e) -> {
      if (refused.size() < IngestReport.MAX_LISTED) {
        refused.add(new Rejection("article " + article.id(), 0, e.getMessage()));
      }
      refusedCount.incrementAndGet();
    };
    List<Article> batch = new ArrayList<>(LOAD_BATCH);
    IngestReport read = reader.read(article -> {
      try {
        WriteRules.check(article);
        batch.add(article);
        if (batch.size() == LOAD_BATCH) {
          flush(batch, refuse);
        }
      } catch (InvalidRequestException e) {
        refuse.accept(article, e);
      }
      progress.accept(seen.incrementAndGet());
    });
    flush(batch, refuse);
    List<Rejection> rejections = new ArrayList<>(read.rejections());
    refused.stream().limit(Math.max(0, IngestReport.MAX_LISTED - rejections.size())).forEach(rejections::add);
    return new IngestReport(read.accepted() - refusedCount.get(), read.rejected() + refusedCount.get(), rejections);
  }

  /** Writes {@code batch} and empties it; when the index refuses a document, writes them one by one so only that one is rejected. */
  private void flush(List<Article> batch, BiConsumer<Article, InvalidRequestException> refuse) {
    try {
      write(batch);
    } catch (InvalidRequestException e) {
      for (Article article : batch) {
        try {
          write(List.of(article));
        } catch (InvalidRequestException one) {
          refuse.accept(article, one);
        }
      }
    }
    batch.clear();
  }

  /**
   * Writes checked articles. A document the index itself refuses (Lucene refuses it whole, leaving
   * any article it would replace in place) becomes an {@link InvalidRequestException}.
   */
  private void write(Collection<Article> articles) {
    try {
      run(() -> backend.upsertAll(articles));
    } catch (IllegalArgumentException e) {
      String which = articles.size() == 1 ? "article '" + articles.iterator().next().id() + "'" : "an article";
      throw new InvalidRequestException("article", "the index cannot hold " + which + ": " + e.getMessage());
    }
  }

  /**
   * Hands every article of the index to {@code sink}, one at a time (never the whole index in
   * memory): everything searchers see now, in the index's own order. Returns how many.
   */
  public long export(Consumer<Article> sink) {
    return call(() -> backend.forEachArticle(sink));
  }

  /**
   * Hands every article matching {@code request}'s query, filters and dates to {@code sink}, in its
   * sort order, a page at a time through the cursor; its page, size, facets and highlighting are
   * ignored. Returns how many.
   */
  public long export(SearchRequest request, Consumer<Article> sink) {
    return QueryExport.run(request, this::search, this::get, sink);
  }

  /** Deletes the article with {@code id}; true if it existed. */
  public boolean delete(String id) {
    return call(() -> backend.delete(id));
  }

  /** The article with {@code id}, as last written (even if not yet visible to search). */
  public Optional<Article> get(String id) {
    return call(() -> backend.get(id));
  }

  /** Makes every write so far durable on disk. */
  public void commit() {
    run(backend::commit);
  }

  /**
   * Commits, then copies that commit into the new folder {@code target}: a consistent backup taken
   * while writes go on; returns the bytes copied. Throws {@link UnsupportedFeatureException} on
   * OpenSearch, whose backups are the cluster's snapshots.
   */
  public long copyLastCommit(Path target) {
    return call(() -> backend.backups().orElseThrow(() -> new UnsupportedFeatureException(
        "backups of " + backend.description() + " are the cluster's snapshots, not Gazette's")).copyLastCommit(target));
  }

  /** Makes every write so far visible to search now rather than within the second. */
  public void refresh() {
    run(backend::refresh);
  }

  /** Runs {@code request}. */
  public SearchResult search(SearchRequest request) {
    return call(() -> backend.searching(index -> pipeline.search(index, request)));
  }

  /**
   * Up to {@code size} articles most like the one with {@code id}, best first, never the article
   * itself: the nearest by meaning when it has its vector, else by the distinctive words of its
   * title and body (MoreLikeThis); empty when there is no such article.
   */
  public Optional<SearchResult> related(String id, int size) {
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new InvalidRequestException("size", "size must be between 1 and " + SearchRequest.MAX_SIZE);
    }
    return call(() -> backend.related(id, size));
  }

  /** Why the article {@code id} scores as it does for {@code request}'s query, or empty if it does not match. */
  public Optional<String> explain(SearchRequest request, String id) {
    return call(() -> backend.searching(index -> pipeline.explain(index, request, id)));
  }

  /** The facet dimensions search requests may name: built-in ones and every one an article holds. */
  public List<String> facetDimensions() {
    return call(backend::facetDimensions);
  }

  /**
   * Completions of {@code prefix} as a user types it: phrases several articles share, then article
   * titles, at most {@code limit} ({@value Autocomplete#MAX_LIMIT} at most), the typed part marked
   * with the tags and everything else HTML-escaped. Built from the index and rebuilt in the
   * background as it changes.
   */
  public List<Suggestion> suggest(String prefix, int limit, String preTag, String postTag) {
    return call(() -> backend.autocomplete().orElseThrow(() -> new UnsupportedFeatureException(
        "autocomplete is not available on " + backend.description())).suggest(prefix, limit, preTag, postTag));
  }

  /** Values of facet {@code dimension} starting with {@code prefix} (case-insensitive), most frequent first. */
  public List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) {
    if (limit < 1 || limit > SearchRequest.MAX_FACET_LIMIT) {
      throw new InvalidRequestException("limit", "limit must be between 1 and " + SearchRequest.MAX_FACET_LIMIT);
    }
    return call(() -> backend.facetValues(dimension, prefix == null ? "" : prefix, limit));
  }

  /**
   * Embeds every article still without its vector now, on this thread, telling {@code progress}
   * after each few how many are done; commits, and returns how many were embedded. Articles are
   * otherwise embedded in the background as they are written ({@link SemanticSearch#background()});
   * this is for a caller that must search a complete index at once, as an evaluation does. Throws
   * {@link UnsupportedFeatureException} when the engine has no embedder or cannot write the index.
   */
  public long embedAll(LongConsumer progress) {
    return call(() -> backend.embedding().orElseThrow(() -> new UnsupportedFeatureException(
        "articles cannot be embedded here: the engine has no embedder, or " + backend.description()
            + " is read-only or keeps no vectors")).embedAll(progress));
  }

  /** Counts and sizes of the index. */
  public IndexStats stats() {
    return call(backend::stats);
  }

  /** The state of the index, searcher and writer right now, for monitoring; cheaper than {@link #stats()}. */
  public IndexGauges gauges() {
    return call(backend::gauges);
  }

  /** Commits and closes the index, after calls in progress finish. Closing twice does nothing. */
  @Override
  public void close() {
    Lock lock = lifecycle.writeLock();
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        backend.close();
      }
    } catch (IOException e) {
      throw new GazetteException("could not close the index at " + backend.location() + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /** An index operation that may fail with an I/O error. */
  @FunctionalInterface
  private interface IndexCall<T> {
    T call() throws IOException;
  }

  /** An index action that may fail with an I/O error. */
  @FunctionalInterface
  private interface IndexAction {
    void run() throws IOException;
  }

  private void run(IndexAction action) {
    call(() -> {
      action.run();
      return null;
    });
  }

  private <T> T call(IndexCall<T> action) {
    Lock lock = lifecycle.readLock();
    lock.lock();
    try {
      if (closed) {
        throw new ClosedIndexException(backend.location());
      }
      return action.call();
    } catch (IOException | UncheckedIOException e) {
      throw new GazetteException("index operation failed on " + backend.location() + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}

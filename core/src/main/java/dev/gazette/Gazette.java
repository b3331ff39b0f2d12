package dev.gazette;

import dev.gazette.analysis.CountryGazetteer;
import dev.gazette.analysis.EntityExtractor;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetCounter;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.facet.FacetStates;
import dev.gazette.index.ArticleDocuments;
import dev.gazette.index.IndexStore;
import dev.gazette.search.QueryFactory;
import dev.gazette.search.Rm3Expansion;
import dev.gazette.search.SearchExecutor;
import dev.gazette.suggest.Autocomplete;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

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
 * <p>Writes are visible to search within a second (near-real-time) and durable after {@link
 * #commit()}. All methods are safe to call from many threads at once; {@link #close()} waits for
 * calls in progress to finish.
 */
public final class Gazette implements Closeable {
  /** Longest article id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 256;
  /** Longest facet dimension or value accepted, in characters. */
  public static final int MAX_FACET_LENGTH = 512;

  private final IndexStore store;
  private final ArticleDocuments documents;
  private final SearchExecutor executor;
  private final Autocomplete autocomplete = new Autocomplete();
  private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
  private boolean closed;

  private Gazette(IndexStore store, GazetteConfig config) {
    this.store = store;
    FacetDimensions facetsConfig = new FacetDimensions();
    this.documents = new ArticleDocuments(facetsConfig, CountryGazetteer.standard(), EntityExtractor.standard());
    QueryFactory queries = new QueryFactory(store.schema(), facetsConfig, config);
    this.executor = new SearchExecutor(
        store.schema(), facetsConfig, new FacetStates(facetsConfig), queries, config,
        new Rm3Expansion(store.schema(), config));
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
    return new Gazette(IndexStore.open(dir, config, false), config);
  }

  /**
   * Opens the last commit of the index in folder {@code dir} for searching only: no write lock is
   * taken, so a server may be writing the same index meanwhile; {@link #refresh()} moves to its
   * newest commit. Writes throw {@link GazetteException}.
   */
  public static Gazette openReadOnly(Path dir, GazetteConfig config) {
    return new Gazette(IndexStore.open(dir, config, true), config);
  }

  /** A new empty index held in memory, for tests and small embedded uses. */
  public static Gazette inMemory() {
    return inMemory(GazetteConfig.defaults());
  }

  /** A new empty index held in memory. */
  public static Gazette inMemory(GazetteConfig config) {
    return new Gazette(IndexStore.inMemory(config), config);
  }

  /** Adds {@code article}, replacing any article with the same id. */
  public void upsert(Article article) {
    checkWritable(article);
    run(() -> store.upsert(article.id(), documents.toDocument(article)));
  }

  /** Adds or replaces every article. */
  public void upsertAll(Collection<Article> articles) {
    articles.forEach(this::checkWritable);
    run(() -> {
      for (Article article : articles) {
        store.upsert(article.id(), documents.toDocument(article));
      }
    });
  }

  /**
   * Reads every article from {@code reader} and upserts it; does not commit. An article the index
   * refuses is reported as a rejection, and the rest go on.
   */
  public IngestReport load(ArticleReader reader) {
    List<Rejection> refused = new ArrayList<>();
    AtomicLong refusedCount = new AtomicLong();
    IngestReport read = reader.read(article -> {
      try {
        upsert(article);
      } catch (InvalidRequestException e) {
        if (refused.size() < IngestReport.MAX_LISTED) {
          refused.add(new Rejection("article " + article.id(), 0, e.getMessage()));
        }
        refusedCount.incrementAndGet();
      }
    });
    List<Rejection> rejections = new ArrayList<>(read.rejections());
    refused.stream().limit(Math.max(0, IngestReport.MAX_LISTED - rejections.size())).forEach(rejections::add);
    return new IngestReport(read.accepted() - refusedCount.get(), read.rejected() + refusedCount.get(), rejections);
  }

  /** Deletes the article with {@code id}; true if it existed. */
  public boolean delete(String id) {
    return call(() -> {
      boolean existed = find(id).isPresent();
      store.delete(id);
      return existed;
    });
  }

  /** The article with {@code id}, as last written (even if not yet visible to search). */
  public Optional<Article> get(String id) {
    return call(() -> find(id));
  }

  /** Makes every write so far durable on disk. */
  public void commit() {
    run(store::commit);
  }

  /** Commits, then copies that commit into the new folder {@code target}: a consistent backup taken while writes go on. */
  long copyLastCommit(Path target) {
    return call(() -> store.copyLastCommit(target));
  }

  /** Makes every write so far visible to search now rather than within the second. */
  public void refresh() {
    run(store::refresh);
  }

  /** Runs {@code request}. */
  public SearchResult search(SearchRequest request) {
    return withSearcher(searcher -> executor.search(searcher, request));
  }

  /**
   * Up to {@code size} articles most like the one with {@code id} (by the distinctive words of its
   * title and body), best first, never the article itself; empty when there is no such article.
   */
  public Optional<SearchResult> related(String id, int size) {
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new InvalidRequestException("size", "size must be between 1 and " + SearchRequest.MAX_SIZE);
    }
    return withSearcher(searcher -> executor.related(searcher, id, size));
  }

  /** Why the article {@code id} scores as it does for {@code request}'s query, or empty if it does not match. */
  public Optional<String> explain(SearchRequest request, String id) {
    return withSearcher(searcher -> executor.explain(searcher, request, id));
  }

  /** The facet dimensions search requests may name: built-in ones and every one an article holds. */
  public List<String> facetDimensions() {
    return withSearcher(searcher -> List.copyOf(executor.dimensions(searcher)));
  }

  /**
   * Completions of {@code prefix} as a user types it: phrases several articles share, then article
   * titles, at most {@code limit} ({@value Autocomplete#MAX_LIMIT} at most), the typed part marked
   * with the tags and everything else HTML-escaped. Built from the index and rebuilt in the
   * background as it changes.
   */
  public List<Suggestion> suggest(String prefix, int limit, String preTag, String postTag) {
    return withSearcher(searcher ->
        autocomplete.suggest((DirectoryReader) searcher.getIndexReader(), prefix, limit, preTag, postTag));
  }

  /** Values of facet {@code dimension} starting with {@code prefix} (case-insensitive), most frequent first. */
  public List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) {
    if (limit < 1 || limit > SearchRequest.MAX_FACET_LIMIT) {
      throw new InvalidRequestException("limit", "limit must be between 1 and " + SearchRequest.MAX_FACET_LIMIT);
    }
    return withSearcher(searcher -> {
      if (!executor.dimensions(searcher).contains(dimension)) {
        throw new InvalidRequestException("dimension", "unknown facet dimension '" + dimension + "'");
      }
      return FacetCounter.matching(executor.facetState(searcher), dimension, prefix == null ? "" : prefix, limit);
    });
  }

  /** Counts and sizes of the index. */
  public IndexStats stats() {
    return withSearcher(searcher -> {
      IndexReader reader = searcher.getIndexReader();
      List<String> fields = new ArrayList<>();
      for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
        if (!info.name.startsWith("$")) {
          fields.add(info.name);
        }
      }
      Map<String, List<SearchResult.FacetValue>> top = new LinkedHashMap<>();
      for (String dim : executor.dimensions(searcher)) {
        top.put(dim, FacetCounter.matching(executor.facetState(searcher), dim, "", 5));
      }
      return new IndexStats(reader.numDocs(), reader.numDeletedDocs(), reader.leaves().size(), sizeOnDisk(),
          store.lastCommit(), fields, top);
    });
  }

  /** The state of the index, searcher and writer right now, for monitoring; cheaper than {@link #stats()}. */
  public IndexGauges gauges() {
    return withSearcher(searcher -> {
      IndexReader reader = searcher.getIndexReader();
      return new IndexGauges(reader.numDocs(), reader.numDeletedDocs(), reader.leaves().size(), sizeOnDisk(),
          store.lastCommit(), store.hasUncommittedChanges(), store.bufferedDocuments(), store.bufferedBytes(),
          store.refreshLag());
    });
  }

  /** Commits and closes the index, after calls in progress finish. Closing twice does nothing. */
  @Override
  public void close() {
    Lock lock = lifecycle.writeLock();
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        try (store) {
          autocomplete.close();
        }
      }
    } catch (IOException e) {
      throw new GazetteException("could not close the index at " + store.location() + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  private Optional<Article> find(String id) throws IOException {
    store.refresh();
    IndexSearcher searcher = store.acquire();
    try {
      TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(ArticleDocuments.toArticle(searcher.storedFields().document(found.scoreDocs[0].doc)));
    } finally {
      store.release(searcher);
    }
  }

  private long sizeOnDisk() throws IOException {
    long total = 0;
    for (String file : store.directory().listAll()) {
      try {
        total += store.directory().fileLength(file);
      } catch (NoSuchFileException ignored) {
        // Merged away while we were counting.
      }
    }
    return total;
  }

  private void checkWritable(Article article) {
    if (article.id().length() > MAX_ID_LENGTH || article.id().chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException("id", "an article id must be at most " + MAX_ID_LENGTH
          + " characters without control characters");
    }
    for (var facet : article.facets().entrySet()) {
      boolean tooLong = facet.getKey().length() > MAX_FACET_LENGTH
          || facet.getValue().stream().anyMatch(v -> v != null && v.length() > MAX_FACET_LENGTH);
      if (tooLong) {
        throw new InvalidRequestException("facets", "facet names and values must be at most "
            + MAX_FACET_LENGTH + " characters");
      }
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

  /** A search on one searcher that may fail with an I/O error. */
  @FunctionalInterface
  private interface SearcherCall<T> {
    T call(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherCall<T> action) {
    return call(() -> {
      IndexSearcher searcher = store.acquire();
      try {
        return action.call(searcher);
      } finally {
        store.release(searcher);
      }
    });
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
        throw new ClosedIndexException(store.location());
      }
      return action.call();
    } catch (IOException | UncheckedIOException e) {
      throw new GazetteException("index operation failed on " + store.location() + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}

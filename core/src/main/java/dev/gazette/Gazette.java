package dev.gazette;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
 * #commit()}. All methods are safe to call from many threads at once.
 */
public final class Gazette implements Closeable {

  /** Opens (or creates) the index in folder {@code dir} with the default configuration. */
  public static Gazette open(Path dir) {
    return open(dir, GazetteConfig.defaults());
  }

  /** Opens (or creates) the index in folder {@code dir}. */
  public static Gazette open(Path dir, GazetteConfig config) {
    throw new UnsupportedOperationException("TODO");
  }

  /** A new empty index held in memory, for tests and small embedded uses. */
  public static Gazette inMemory() {
    return inMemory(GazetteConfig.defaults());
  }

  /** A new empty index held in memory. */
  public static Gazette inMemory(GazetteConfig config) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Adds {@code article}, replacing any article with the same id. */
  public void upsert(Article article) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Adds or replaces every article. */
  public void upsertAll(Collection<Article> articles) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Reads every article from {@code reader} and upserts it; does not commit. */
  public IngestReport load(ArticleReader reader) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Deletes the article with {@code id}; true if it existed. */
  public boolean delete(String id) {
    throw new UnsupportedOperationException("TODO");
  }

  /** The article with {@code id}, as last written. */
  public Optional<Article> get(String id) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Makes every write so far durable on disk. */
  public void commit() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Makes every write so far visible to search now rather than within the second. */
  public void refresh() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Runs {@code request}. */
  public SearchResult search(SearchRequest request) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Why the article {@code id} scores as it does for {@code request}'s query, or empty if it does not match. */
  public Optional<String> explain(SearchRequest request, String id) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Values of facet {@code dimension} starting with {@code prefix} (case-insensitive), most frequent first. */
  public List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Counts and sizes of the index. */
  public IndexStats stats() {
    throw new UnsupportedOperationException("TODO");
  }

  /** Commits and closes the index. */
  @Override
  public void close() {
    throw new UnsupportedOperationException("TODO");
  }
}

package dev.gazette.plan;

import dev.gazette.Article;
import dev.gazette.IndexGauges;
import dev.gazette.IndexStats;
import dev.gazette.SearchResult;
import dev.gazette.Suggestion;
import dev.gazette.analysis.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Where a {@code Gazette}'s articles live and are searched: the embedded Lucene index, or an
 * OpenSearch cluster. {@code Gazette} validates arguments, guards the lifecycle, runs the search
 * pipeline ({@link SearchPipeline}) over {@link #searching} and turns I/O failures into its own
 * exceptions; a backend only does the work. What only some backends can do is an optional
 * capability ({@link #autocomplete()}, {@link #backups()}, {@link #embedding()}), absent where the backend cannot.
 */
public interface Backend extends Closeable {
  /** Adds or replaces each article (already validated). */
  void upsertAll(Collection<Article> articles) throws IOException;

  /** Deletes the article with {@code id}; true if it existed. */
  boolean delete(String id) throws IOException;

  /** The article with {@code id}, as last written. */
  Optional<Article> get(String id) throws IOException;

  /** Hands every article to {@code sink}, one at a time, holding only a page of them; returns how many. */
  long forEachArticle(Consumer<Article> sink) throws IOException;

  /** Makes every write so far durable. */
  void commit() throws IOException;

  /** Makes every write so far visible to search. */
  void refresh() throws IOException;

  /** The analysis of the index, which the planner's rules need. */
  Schema schema();

  /** Runs {@code call} on one consistent view of the index. */
  <T> T searching(SearchCall<T> call) throws IOException;

  /** Up to {@code size} articles like {@code id}; empty when there is no such article. */
  Optional<SearchResult> related(String id, int size) throws IOException;

  /** The facet dimensions requests may name. */
  List<String> facetDimensions() throws IOException;

  /** Values of {@code dimension} starting with {@code prefix}, ignoring case, most frequent first. */
  List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) throws IOException;

  /** Counts and sizes of the index. */
  IndexStats stats() throws IOException;

  /** The moment-to-moment state of the index. */
  IndexGauges gauges() throws IOException;

  /** Completions as a user types, where the backend offers them. */
  Optional<Completions> autocomplete();

  /** Consistent copies of the last commit, where the backend makes them itself. */
  Optional<Backups> backups();

  /** Vectors for search by meaning, where the backend computes them (an embedder configured, the index writable). */
  Optional<Embedding> embedding();

  /** What this backend is, for messages ("the OpenSearch backend"). */
  String description();

  /** Where the index is, for messages. */
  String location();

  /** A step of the search pipeline on one view of the index. */
  @FunctionalInterface
  interface SearchCall<T> {
    /** Runs on {@code index}. */
    T call(Searchable index) throws IOException;
  }

  /** Completions of what a user is typing. */
  @FunctionalInterface
  interface Completions {
    /** Completions of {@code prefix}, at most {@code limit}, the typed part marked with the tags. */
    List<Suggestion> suggest(String prefix, int limit, String preTag, String postTag) throws IOException;
  }

  /** The vectors of the articles. */
  @FunctionalInterface
  interface Embedding {
    /**
     * Embeds every article still without a vector now, on the calling thread, telling {@code
     * progress} how many so far; commits and returns how many.
     */
    long embedAll(LongConsumer progress) throws IOException;
  }

  /** Copies of the index's last commit. */
  @FunctionalInterface
  interface Backups {
    /** Commits, then copies that commit into the new folder {@code target}; returns the bytes copied. */
    long copyLastCommit(Path target) throws IOException;
  }
}

package dev.gazette;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a {@link Gazette}'s articles live and are searched: the embedded Lucene index, or an
 * OpenSearch cluster. {@link Gazette} validates arguments, guards the lifecycle and turns I/O
 * failures into {@link GazetteException}s; a backend only does the work.
 */
interface Backend extends Closeable {
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

  /** Runs {@code request}. */
  SearchResult search(SearchRequest request) throws IOException;

  /** Up to {@code size} articles like {@code id}; empty when there is no such article. */
  Optional<SearchResult> related(String id, int size) throws IOException;

  /** Why {@code id} scores as it does for {@code request}, or empty when it does not match. */
  Optional<String> explain(SearchRequest request, String id) throws IOException;

  /** The facet dimensions requests may name. */
  List<String> facetDimensions() throws IOException;

  /** Completions of {@code prefix}. */
  List<Suggestion> suggest(String prefix, int limit, String preTag, String postTag) throws IOException;

  /** Values of {@code dimension} starting with {@code prefix}, ignoring case, most frequent first. */
  List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) throws IOException;

  /** Counts and sizes of the index. */
  IndexStats stats() throws IOException;

  /** The moment-to-moment state of the index. */
  IndexGauges gauges() throws IOException;

  /** Commits, then copies that commit into the new folder {@code target}; returns the bytes copied. */
  long copyLastCommit(Path target) throws IOException;

  /** Where the index is, for messages. */
  String location();
}

package dev.gazette.bench.engine;

import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.bench.corpus.BenchQuery;
import java.nio.file.Path;

/**
 * Gazette in process, through its public API: {@link Gazette#search}, for the engine comparisons
 * with the fast profile (the baselines neither highlight unless asked, nor retry with fuzzy words,
 * nor look for spelling corrections, nor reorder by feedback), so each query runs what it says.
 */
public final class GazetteSearcher implements SearchEngine {
  private final Gazette gazette;

  private GazetteSearcher(Gazette gazette) {
    this.gazette = gazette;
  }

  /** Opens the index in {@code indexDir}. */
  public static GazetteSearcher open(Path indexDir, GazetteConfig config) {
    return new GazetteSearcher(Gazette.open(indexDir, config));
  }

  /** Opens the index in {@code indexDir} read-only, beside a server that holds it open for writing. */
  public static GazetteSearcher openReadOnly(Path indexDir, GazetteConfig config) {
    return new GazetteSearcher(Gazette.openReadOnly(indexDir, config));
  }

  @Override
  public String name() {
    return "Gazette";
  }

  /** The request Gazette runs for {@code query} in {@code variant}. */
  public static SearchRequest request(BenchQuery query, Variant variant) {
    SearchRequest.Builder builder = SearchRequest.builder()
        .query(query.text())
        .operator(query.operator())
        .size(10)
        .profile(SearchRequest.Profile.FAST)
        .highlight(variant.highlight());
    if (variant.facets()) {
      builder.facets(Variant.FACET_DIMENSIONS.toArray(String[]::new));
    }
    return builder.build();
  }

  @Override
  public PreparedSearch prepare(BenchQuery query, Variant variant) {
    return prepare(request(query, variant));
  }

  /** {@code query} as a request of {@code kind}, ready to time. */
  public PreparedSearch prepare(BenchQuery query, RequestKind kind) {
    return prepare(kind.request(query));
  }

  /** What Gazette answers to {@code request}, off the clock. */
  public SearchResult search(SearchRequest request) {
    return gazette.search(request);
  }

  private PreparedSearch prepare(SearchRequest request) {
    return () -> {
      SearchResult result = gazette.search(request);
      return new Answer(result.total(), result.hits().stream().map(SearchResult.Hit::id).toList());
    };
  }

  @Override
  public void close() {
    gazette.close();
  }
}

package dev.gazette.bench.compare;

import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The searches one jar runs in a {@link CommitComparison}: loaded once per jar, by a class loader of
 * that jar's own, so it sees only the public API, which every commit compared must share.
 */
public final class SearchLoop {
  private static Gazette gazette;
  private static final List<SearchRequest> REQUESTS = new ArrayList<>();

  private SearchLoop() {}

  /**
   * Opens the index in {@code index} read-only and prepares one request per query.
   *
   * @param texts the query texts
   * @param and for each text, whether its plain words must all match
   * @param request {@code fast} (the fast profile, no highlighting) or {@code default} (the
   *     default request with feedback off, as every commit compared then ran it)
   */
  public static void open(String index, List<String> texts, List<Boolean> and, String request) {
    gazette = Gazette.openReadOnly(Path.of(index), GazetteConfig.defaults());
    for (int i = 0; i < texts.size(); i++) {
      SearchRequest.Builder builder = SearchRequest.builder().query(texts.get(i)).size(10)
          .operator(and.get(i) ? SearchRequest.Operator.AND : SearchRequest.Operator.OR);
      if (request.equals("fast")) {
        builder.profile(SearchRequest.Profile.FAST).highlight(false);
      } else {
        builder.feedback(false);
      }
      REQUESTS.add(builder.build());
    }
  }

  /** One pass over every request, in order: the wall time of each search, in nanoseconds. */
  public static long[] pass() {
    long[] nanos = new long[REQUESTS.size()];
    for (int i = 0; i < nanos.length; i++) {
      long started = System.nanoTime();
      gazette.search(REQUESTS.get(i));
      nanos[i] = System.nanoTime() - started;
    }
    return nanos;
  }
}

package dev.gazette;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Exports a query's matches: pages through them with the cursor (no page depth limit), each page
 * without facets or highlighting, and hands each hit's full article on, so any backend exports the
 * same articles its search finds.
 */
final class QueryExport {
  private QueryExport() {}

  /** Hands every article matching {@code request} to {@code sink} through {@code gazette}; returns how many. */
  static long run(Gazette gazette, SearchRequest request, Consumer<Article> sink) {
    SearchRequest.Builder pages = SearchRequest.builder()
        .query(request.query())
        .from(request.from())
        .to(request.to())
        .sort(request.sort())
        .operator(request.operator())
        .typoTolerance(request.typoTolerance())
        .feedback(request.feedback())
        .didYouMean(false)
        .highlight(false)
        .size(SearchRequest.MAX_SIZE);
    pages.filters(request.filters());
    long count = 0;
    SearchRequest page = pages.build();
    while (true) {
      SearchResult result = gazette.search(page);
      for (SearchResult.Hit hit : result.hits()) {
        // An article deleted since the search is not exported.
        Optional<Article> article = gazette.get(hit.id());
        if (article.isPresent()) {
          sink.accept(article.get());
          count++;
        }
      }
      if (result.nextCursor() == null || result.hits().isEmpty()) {
        return count;
      }
      page = pages.cursor(result.nextCursor()).build();
    }
  }
}

package dev.gazette.plan;

import dev.gazette.Article;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Exports a query's matches: pages through them with the cursor (no page depth limit), each page
 * without facets or highlighting, and hands each hit's full article on, so any backend exports the
 * same articles its search finds.
 */
public final class QueryExport {
  private QueryExport() {}

  /**
   * Hands every article matching {@code request} to {@code sink}, searching with {@code search} and
   * reading each hit's article with {@code get}; returns how many.
   */
  public static long run(SearchRequest request, Function<SearchRequest, SearchResult> search,
      Function<String, Optional<Article>> get, Consumer<Article> sink) {
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
      SearchResult result = search.apply(page);
      for (SearchResult.Hit hit : result.hits()) {
        // An article deleted since the search is not exported.
        Optional<Article> article = get.apply(hit.id());
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

package dev.gazette.eval;

import dev.gazette.Gazette;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.search.SortOrder;
import java.util.ArrayList;
import java.util.List;

/** Retrieves one topic's run from the engine: the best hits to a depth, paged with the cursor. */
final class EngineRun {
  private EngineRun() {}

  /**
   * The first {@code depth} hits of {@code request} on {@code gazette}, in the engine's order.
   * The request's paging and highlighting are replaced; its sort must rank by score (relevance, or
   * relevance with recency), since a run is ranked by score.
   */
  static List<Retrieved> retrieve(Gazette gazette, SearchRequest request, int depth) {
    if (!SortOrder.isScored(request.sort())) {
      throw new InvalidRequestException("sort", "an evaluation ranks by score, so the sort must be RELEVANCE or RECENCY");
    }
    SearchRequest.Builder pages = request.toBuilder()
        .page(1)
        .size(Math.min(depth, SearchRequest.MAX_SIZE))
        .highlight(false);
    List<Retrieved> run = new ArrayList<>();
    String cursor = null;
    do {
      SearchResult result = gazette.search(pages.cursor(cursor).build());
      for (SearchResult.Hit hit : result.hits()) {
        if (run.size() < depth) {
          run.add(new Retrieved(hit.id(), hit.score()));
        }
      }
      cursor = result.nextCursor();
    } while (cursor != null && run.size() < depth);
    return run;
  }
}

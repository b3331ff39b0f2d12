package dev.gazette.plan;

import dev.gazette.SearchResult.FacetValue;
import dev.gazette.SearchResult.Hit;
import dev.gazette.SearchResult.Timeline;
import java.util.List;
import java.util.Map;

/**
 * What a backend found for one {@link QueryPlan}.
 *
 * @param total the exact number of matches
 * @param hits the page of hits, with snippets when the plan asks for them
 * @param nextCursor the cursor after the page, or {@code null} when no hit follows
 * @param facets the counts of each dimension the plan asks for, each ignoring its own selection
 * @param timeline the matches by date, or {@code null} when not asked
 * @param timedOut whether the time budget ran out, so the answer is partial
 * @param wordTotal how many articles match by words (the total of a search by words alone), which
 *     decides the typo retry and did-you-mean
 */
public record Matches(long total, List<Hit> hits, String nextCursor, Map<String, List<FacetValue>> facets,
    Timeline timeline, boolean timedOut, long wordTotal) {

  /** The matches of a search by words alone, where every match is a match by words. */
  public Matches(long total, List<Hit> hits, String nextCursor, Map<String, List<FacetValue>> facets,
      Timeline timeline, boolean timedOut) {
    this(total, hits, nextCursor, facets, timeline, timedOut, total);
  }
}

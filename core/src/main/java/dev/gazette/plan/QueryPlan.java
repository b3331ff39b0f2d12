package dev.gazette.plan;

import dev.gazette.SearchRequest;
import dev.gazette.SemanticSearch;
import dev.gazette.search.FilterPlan;
import java.time.Instant;
import java.util.List;

/**
 * One search, decided: what is matched and how it scores, what narrows it, which page is shown and
 * what each hit and the result bring. Built by {@link QueryPlanner} alone; a backend translates
 * and runs it and decides nothing.
 *
 * @param ranking the scored query (words, phrases, prefixes, near misses, groups, exclusions, fields, proximity)
 * @param highlight the words snippets mark, or {@code null} when nothing is marked
 * @param scoring how the ranking's scores are reworked
 * @param within what every match must also pass
 * @param page the page of hits shown
 * @param shown what the result brings beside the hits
 * @param semantic the search by meaning beside (or instead of) the words, or {@code null} for words only
 */
public record QueryPlan(Match ranking, Match highlight, Scoring scoring, Within within, Page page, Shown shown,
    Semantic semantic) {

  /**
   * Search by meaning: the articles whose vectors are nearest the query's, within the same filters,
   * fused with the matches by words (hybrid) or alone.
   *
   * @param vector the query's unit vector
   * @param words whether the matches by words take part (hybrid); otherwise meaning alone ranks
   * @param ratio the weight of meaning against words, 0 to 1
   * @param fusion how the two rankings combine
   * @param candidates how many of the best matches by words are fused
   * @param neighbours how many nearest articles are found
   * @param exclusions what the nearest articles must not match (the query's {@code -excluded} words
   *     and phrases, as every article), or {@code null} when nothing is excluded
   */
  public record Semantic(float[] vector, boolean words, double ratio, SemanticSearch.Fusion fusion, int candidates,
      int neighbours, Match exclusions) {}

  /**
   * How scores are reworked after the ranking query.
   *
   * @param typos whether plain words also match their near misses (the typo retry)
   * @param feedback whether pseudo-relevance feedback reorders the matches (backends that cannot say so in
   *     {@link Searchable})
   * @param recencyHalfLifeDays when above 0, scores are multiplied by {@code 1 + 0.5^(age / halfLife)}
   */
  public record Scoring(boolean typos, boolean feedback, double recencyHalfLifeDays) {
    /** Whether scores are multiplied by freshness. */
    public boolean recency() {
      return recencyHalfLifeDays > 0;
    }
  }

  /**
   * What narrows the matches.
   *
   * @param filters the facet filters, split into multi-select selections and narrowing filters
   * @param from earliest publication, or {@code null}
   * @param to latest publication, or {@code null}
   */
  public record Within(FilterPlan filters, Instant from, Instant to) {
    /** Whether a publication date bounds the matches. */
    public boolean dated() {
      return from != null || to != null;
    }
  }

  /**
   * The page of hits.
   *
   * @param sort the order of the hits
   * @param number the page number, from 1 (ignored after a cursor)
   * @param size hits per page
   * @param cursor the cursor to continue after, or {@code null}
   */
  public record Page(SearchRequest.Sort sort, int number, int size, String cursor) {
    /** How many hits are skipped before the page, when it is not reached by a cursor. */
    public int offset() {
      return (number - 1) * size;
    }
  }

  /**
   * What the result brings beside the hits.
   *
   * @param facets the dimensions counted
   * @param facetLimit values per dimension
   * @param timeline whether the matches are counted by date
   * @param fields the stored fields and dimensions each hit brings
   * @param tags the tags marking matches in snippets, or {@code null} for no snippets
   */
  public record Shown(List<String> facets, int facetLimit, boolean timeline, List<String> fields, Tags tags) {
    /** Copies the lists. */
    public Shown {
      facets = List.copyOf(facets);
      fields = List.copyOf(fields);
    }

    /** Whether any facet or the timeline is counted. */
    public boolean counts() {
      return !facets.isEmpty() || timeline;
    }
  }

  /** The marks around a match in a snippet. */
  public record Tags(String pre, String post) {}
}

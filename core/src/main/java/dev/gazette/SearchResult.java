package dev.gazette;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total exact number of matching articles
 * @param tookMs time spent searching, in milliseconds
 * @param hits the requested page of hits
 * @param facets counts per requested dimension, in the order requested
 * @param nextCursor pass as {@link SearchRequest#cursor()} for the next page; {@code null} on the last
 * @param didYouMean a corrected query that finds more articles, offered when this one found few; or {@code null}
 * @param typoTolerant true when nothing matched exactly and these hits match with typos allowed
 * @param timeline matching articles per period, when requested; else {@code null}
 * @param timedOut true when the search ran past its time budget and these are the hits found until then
 * @param mode what the hits were ranked by: words, meaning, or both. In a hybrid search the matches
 *     are the articles matching by words plus the articles nearest in meaning ({@link
 *     SemanticSearch#neighbours()}, within the filters); {@code total}, the facet counts and the
 *     timeline count exactly those, and pages follow one fused ranking (up to {@link
 *     SearchRequest#MAX_WINDOW} hits deep)
 * @param embedding how far the index is embedded, when the engine has an embedder; else {@code null}.
 *     When {@link EmbeddingProgress#partial()}, a search by meaning sees only the embedded articles
 */
public record SearchResult(
    long total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String nextCursor,
    String didYouMean,
    boolean typoTolerant,
    Timeline timeline,
    boolean timedOut,
    SearchRequest.Mode mode,
    EmbeddingProgress embedding) {

  /** Copies the collections. */
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    mode = mode == null ? SearchRequest.Mode.LEXICAL : mode;
  }

  /** The result of a search by words alone, on an engine without an embedder. */
  public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets, String nextCursor,
      String didYouMean, boolean typoTolerant, Timeline timeline, boolean timedOut) {
    this(total, tookMs, hits, facets, nextCursor, didYouMean, typoTolerant, timeline, timedOut, null, null);
  }

  /**
   * Counts of matching articles per period, for a histogram: every period from the first to the
   * last match, empty ones included.
   *
   * @param interval {@code year}, {@code month} or {@code day}, chosen by the span of the matches
   * @param buckets the periods in time order
   */
  public record Timeline(String interval, List<Bucket> buckets) {
    /** Copies the buckets. */
    public Timeline {
      buckets = List.copyOf(buckets);
    }
  }

  /**
   * One period of a {@link Timeline}.
   *
   * @param period {@code 2024}, {@code 2024-06} or {@code 2024-06-19}
   * @param count matching articles published in it
   */
  public record Bucket(String period, long count) {}

  /**
   * One matching article.
   *
   * @param id article id
   * @param score relevance score, or {@code null} when sorted by date
   * @param title plain title
   * @param published publication instant, or {@code null}
   * @param haiku haiku lines
   * @param snippets highlighted title and body passages, or {@code null} when highlighting is off
   * @param fields the values of each field the request named in {@link SearchRequest#fields()} (a list,
   *     empty when the article has none), in the order named; empty when it named none
   */
  public record Hit(String id, Float score, String title, Instant published, List<String> haiku, Snippets snippets,
      Map<String, List<String>> fields) {
    /** Copies the fields. */
    public Hit {
      fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /**
   * Highlighted text, HTML-escaped except for the highlight tags.
   *
   * @param title the whole title with matches marked
   * @param body the best one to three body passages of about 160 characters
   */
  public record Snippets(String title, List<String> body) {}

  /**
   * A facet value and how many matching articles hold it.
   *
   * @param value the value (for {@code published}: a year, or a month within {@code children})
   * @param count matching articles
   * @param children finer values under this one (months of a year), or empty
   */
  public record FacetValue(String value, long count, List<FacetValue> children) {}
}

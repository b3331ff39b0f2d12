package dev.gazette;

import dev.gazette.parse.DateBounds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One search: query text, filters, facets wanted, sort, paging and highlighting.
 *
 * <p>Build one with {@link #builder()} or {@link #of(String)}. The constructor validates every
 * parameter and throws {@link InvalidRequestException} naming the one at fault.
 *
 * <p>The query syntax: plain words, {@code "quoted phrases"}, {@code -excluded} words or
 * phrases, {@code OR} between words, {@code field:term} (fields {@code title}, {@code haiku},
 * {@code body}, {@code references}, {@code id}, or a facet dimension) and {@code prefix*}.
 * Anything malformed is searched as plain words.
 *
 * @param query the user's query text; blank matches every article
 * @param filters facet filters, all of which must hold, except that filters naming only values of one
 *     dimension ({@code topics:grain}, {@code topics:grain OR topics:wheat}) are alternatives of that
 *     dimension, as a facet sidebar's checkboxes are; see {@link Filter} for the grammar
 * @param from earliest publication instant, inclusive, or {@code null}
 * @param to latest publication instant, inclusive, or {@code null}
 * @param facets dimensions whose counts to return
 * @param facetLimit how many values to return per dimension
 * @param sort the order of hits
 * @param operator whether plain words must all match ({@code AND}) or any may ({@code OR})
 * @param page 1-based page number, ignored when {@code cursor} is given
 * @param size hits per page
 * @param cursor the {@code nextCursor} of a previous result, for deep paging
 * @param highlight whether to return highlighted snippets
 * @param preTag the tag opening a highlighted match
 * @param postTag the tag closing a highlighted match
 * @param typoTolerance whether a plain-word query that finds nothing is retried with each word
 *     allowed a typo or two (by its length), the response saying so
 * @param feedback whether a relevance-sorted query is reordered by pseudo-relevance feedback when
 *     {@link GazetteConfig} turns it on (the default does not); off, it ranks by the query's own words
 * @param didYouMean whether a query that finds fewer than five articles looks for a better spelling
 *     the index knows ({@link SearchResult#didYouMean()}); costs a spelling search per unknown word
 * @param timeline whether to return counts of matching articles per year, month or day
 * @param fields stored fields ({@code body}, {@code references}, {@code url}, {@code author}, {@code
 *     section}, {@code language}, {@code tags}) and facet dimensions each hit carries in {@link
 *     SearchResult.Hit#fields()}; empty for none
 * @param prefixLast search as you type: whether the query's last word, if still being typed (no
 *     space or quote after it, not a phrase or operator), also matches the words it begins, ranked
 *     below articles holding the word itself
 * @param mode search by words, by meaning or both; {@code null} for the default: both where the
 *     engine has an embedder and the index has vectors, else words
 * @param semanticRatio in a hybrid search, the weight of meaning against words from 0 to 1; {@code
 *     null} for the configured default ({@link SemanticSearch#ratio()})
 * @param fusion in a hybrid search, how the two rankings combine; {@code null} for the configured default
 */
public record SearchRequest(
    String query,
    List<Filter> filters,
    Instant from,
    Instant to,
    List<String> facets,
    int facetLimit,
    Sort sort,
    Operator operator,
    int page,
    int size,
    String cursor,
    boolean highlight,
    String preTag,
    String postTag,
    boolean typoTolerance,
    boolean feedback,
    boolean didYouMean,
    boolean timeline,
    List<String> fields,
    boolean prefixLast,
    Mode mode,
    Double semanticRatio,
    SemanticSearch.Fusion fusion) {

  /** Most hits one page may hold. */
  public static final int MAX_SIZE = 100;
  /** Deepest hit reachable by page number; go further with the cursor. */
  public static final int MAX_WINDOW = 10_000;
  /** Longest query text accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 2_000;
  /** Most values one facet dimension may return. */
  public static final int MAX_FACET_LIMIT = 1_000;
  /** Most {@code dimension:value} terms the filters of one request may hold. */
  public static final int MAX_FILTERS = 100;
  /** Most fields one request may ask each hit to carry. */
  public static final int MAX_FIELDS = 50;

  /** The order of hits. */
  public enum Sort {
    /** Best match first. */
    RELEVANCE,
    /** Most recently published first. */
    NEWEST,
    /** Earliest published first. */
    OLDEST,
    /**
     * Best match, with newer articles lifted: relevance times a freshness bonus of up to 2×, halving
     * with each {@link GazetteConfig.Ranking#recencyHalfLifeDays()} of age before the newest article.
     */
    RECENCY
  }

  /**
   * A preset of the four per-request extras: highlighting, typo retry, did-you-mean and
   * pseudo-relevance feedback. {@link Builder#profile} sets all four at once; a switch set after it
   * still wins. The extras cost time (docs/benchmarks.md measures each), so a caller that shows no
   * snippets and offers no corrections, or compares engines, asks for {@link #FAST}.
   */
  public enum Profile {
    /** The defaults: highlighting, typo retry, did-you-mean and feedback (when configured) on. */
    DEFAULT,
    /** The bare ranked search: highlighting, typo retry, did-you-mean and feedback off. */
    FAST
  }

  /** What a search ranks by. */
  public enum Mode {
    /** Words only: BM25 over title, haiku, body and references. */
    LEXICAL,
    /** Meaning only: the articles whose vectors are nearest the query's, within the filters. */
    SEMANTIC,
    /** Both: the best matches by words and the nearest by meaning, fused ({@link SemanticSearch.Fusion}). */
    HYBRID
  }

  /** How plain query words combine. */
  public enum Operator {
    /** Every word must match (the default, as in most news search). */
    AND,
    /** Any word may match; more matching words rank higher. */
    OR
  }

  /** Validates every parameter and fills defaults. */
  public SearchRequest {
    query = query == null ? "" : query;
    check(query.length() <= MAX_QUERY_LENGTH, "q", "query must be at most " + MAX_QUERY_LENGTH + " characters");
    filters = filters == null ? List.of() : List.copyOf(filters);
    check(filters.stream().mapToInt(f -> f.terms().size()).sum() <= MAX_FILTERS,
        "filter", "filters may hold at most " + MAX_FILTERS + " dimension:value terms");
    check(from == null || to == null || !from.isAfter(to), "from", "from must not be after to");
    facets = facets == null ? List.of() : List.copyOf(facets);
    check(facetLimit >= 1 && facetLimit <= MAX_FACET_LIMIT,
        "facetLimit", "facetLimit must be between 1 and " + MAX_FACET_LIMIT);
    sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
    operator = Objects.requireNonNullElse(operator, Operator.AND);
    check(size >= 1 && size <= MAX_SIZE, "size", "size must be between 1 and " + MAX_SIZE);
    check(page >= 1, "page", "page must be 1 or more");
    check((long) page * size <= MAX_WINDOW,
        "page", "page * size must be at most " + MAX_WINDOW + "; use the cursor to page deeper");
    fields = fields == null ? List.of() : List.copyOf(new LinkedHashSet<>(fields));
    check(fields.size() <= MAX_FIELDS && fields.stream().noneMatch(f -> f == null || f.isBlank()),
        "fields", "fields names 1 to " + MAX_FIELDS + " fields, as fields=topics,url,body");
    preTag = Objects.requireNonNullElse(preTag, "<mark>");
    postTag = Objects.requireNonNullElse(postTag, "</mark>");
    check(semanticRatio == null || semanticRatio >= 0 && semanticRatio <= 1,
        "semanticRatio", "semanticRatio must be between 0 and 1");
  }

  /** Refuses the request, naming {@code parameter}, unless {@code valid}. */
  private static void check(boolean valid, String parameter, String message) {
    if (!valid) {
      throw new InvalidRequestException(parameter, message);
    }
  }

  /** A relevance-ranked, highlighted first page of ten hits for {@code query}. */
  public static SearchRequest of(String query) {
    return builder().query(query).build();
  }

  /** A builder starting from the defaults: relevance, AND, page 1, size 10, highlighting, typo tolerance, feedback and did-you-mean on. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values. */
  public Builder toBuilder() {
    Builder b = new Builder().query(query).from(from).to(to).facetLimit(facetLimit).sort(sort)
        .operator(operator).page(page).size(size).cursor(cursor).highlight(highlight).tags(preTag, postTag)
        .typoTolerance(typoTolerance).feedback(feedback).didYouMean(didYouMean).timeline(timeline)
        .prefixLast(prefixLast).mode(mode).semanticRatio(semanticRatio).fusion(fusion);
    b.filters.addAll(filters);
    b.facets.addAll(facets);
    b.fields.addAll(fields);
    return b;
  }

  /** Builds a {@link SearchRequest}; every setter returns the builder. */
  public static final class Builder {
    private String query = "";
    private final List<Filter> filters = new ArrayList<>();
    private Instant from;
    private Instant to;
    private final List<String> facets = new ArrayList<>();
    private int facetLimit = 10;
    private Sort sort = Sort.RELEVANCE;
    private Operator operator = Operator.AND;
    private int page = 1;
    private int size = 10;
    private String cursor;
    private boolean highlight = true;
    private String preTag = "<mark>";
    private String postTag = "</mark>";
    private boolean typoTolerance = true;
    private boolean feedback = true;
    private boolean didYouMean = true;
    private boolean timeline;
    private final List<String> fields = new ArrayList<>();
    private boolean prefixLast;
    private Mode mode;
    private Double semanticRatio;
    private SemanticSearch.Fusion fusion;

    private Builder() {}

    /** The query text. */
    public Builder query(String query) {
      this.query = query;
      return this;
    }

    /** Adds a facet filter. */
    public Builder filter(String dimension, String value) {
      filters.add(new Filter.Term(dimension, value));
      return this;
    }

    /** Adds a filter, such as {@code Filter.parse("topics:grain OR topics:wheat")}. */
    public Builder filter(Filter filter) {
      filters.add(Objects.requireNonNull(filter));
      return this;
    }

    /** Replaces the filters added so far with {@code filters}. */
    public Builder filters(List<? extends Filter> filters) {
      this.filters.clear();
      filters.forEach(this::filter);
      return this;
    }

    /** Adds fields each hit should carry: stored fields or facet dimensions. */
    public Builder fields(String... names) {
      fields.addAll(List.of(names));
      return this;
    }

    /** Earliest publication instant, inclusive. */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /** Latest publication instant, inclusive. */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /** Earliest publication as text, {@code 2024-06-19} (from that day's start, UTC) or an ISO date-time; refused naming {@code from}. */
    public Builder from(String text) {
      return from(DateBounds.start("from", text));
    }

    /** Latest publication as text, read as {@link #from(String)} reads it; a date runs to the end of that day. */
    public Builder to(String text) {
      return to(DateBounds.end("to", text));
    }

    /** Adds dimensions whose counts to return. */
    public Builder facets(String... dimensions) {
      facets.addAll(List.of(dimensions));
      return this;
    }

    /** How many values to return per dimension. */
    public Builder facetLimit(int facetLimit) {
      this.facetLimit = facetLimit;
      return this;
    }

    /** The order of hits. */
    public Builder sort(Sort sort) {
      this.sort = Objects.requireNonNull(sort);
      return this;
    }

    /** How plain words combine. */
    public Builder operator(Operator operator) {
      this.operator = Objects.requireNonNull(operator);
      return this;
    }

    /** 1-based page number. */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /** Hits per page. */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /** A previous result's {@code nextCursor}. */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /** Whether to return highlighted snippets. */
    public Builder highlight(boolean highlight) {
      this.highlight = highlight;
      return this;
    }

    /** The tags around highlighted matches. */
    public Builder tags(String preTag, String postTag) {
      this.preTag = preTag;
      this.postTag = postTag;
      return this;
    }

    /**
     * Sets highlighting, typo retry, did-you-mean and feedback as {@code profile} says (all on for
     * {@link Profile#DEFAULT}, all off for {@link Profile#FAST}); switches set afterwards override it.
     */
    public Builder profile(Profile profile) {
      boolean on = Objects.requireNonNull(profile, "profile") == Profile.DEFAULT;
      return highlight(on).typoTolerance(on).didYouMean(on).feedback(on);
    }

    /** Whether a query that finds nothing is retried allowing typos. */
    public Builder typoTolerance(boolean typoTolerance) {
      this.typoTolerance = typoTolerance;
      return this;
    }

    /** Whether pseudo-relevance feedback, when configured, reorders a relevance-sorted query. */
    public Builder feedback(boolean feedback) {
      this.feedback = feedback;
      return this;
    }

    /** Whether a query that finds few articles looks for a better spelling. */
    public Builder didYouMean(boolean didYouMean) {
      this.didYouMean = didYouMean;
      return this;
    }

    /** Whether to return the timeline of matching articles. */
    public Builder timeline(boolean timeline) {
      this.timeline = timeline;
      return this;
    }

    /** Whether the last word, still being typed, also matches as a prefix (search as you type). */
    public Builder prefixLast(boolean prefixLast) {
      this.prefixLast = prefixLast;
      return this;
    }

    /** Search by words, by meaning or both; {@code null} for the default. */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /** In a hybrid search, the weight of meaning against words (0–1); {@code null} for the default. */
    public Builder semanticRatio(Double semanticRatio) {
      this.semanticRatio = semanticRatio;
      return this;
    }

    /** In a hybrid search, how the rankings combine; {@code null} for the default. */
    public Builder fusion(SemanticSearch.Fusion fusion) {
      this.fusion = fusion;
      return this;
    }

    /** The validated request. */
    public SearchRequest build() {
      return new SearchRequest(query, filters, from, to, facets, facetLimit, sort, operator, page, size,
          cursor, highlight, preTag, postTag, typoTolerance, feedback, didYouMean, timeline, fields,
          prefixLast, mode, semanticRatio, fusion);
    }
  }
}

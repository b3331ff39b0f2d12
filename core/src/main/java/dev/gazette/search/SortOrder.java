package dev.gazette.search;

import dev.gazette.SearchRequest;
import dev.gazette.analysis.Schema;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/** The Lucene sort of each {@link SearchRequest.Sort}, each ending on the id so pages are stable. */
public final class SortOrder {
  private static final SortField BY_ID = new SortField(Schema.ID, SortField.Type.STRING);

  private SortOrder() {}

  /** The Lucene sort for {@code sort}. */
  public static Sort of(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE, RECENCY -> new Sort(SortField.FIELD_SCORE, BY_ID);
      case NEWEST -> new Sort(byDate(true), BY_ID);
      case OLDEST -> new Sort(byDate(false), BY_ID);
    };
  }

  /** True when {@code sort} orders by score (its first sort value is the score). */
  public static boolean isScored(SearchRequest.Sort sort) {
    return sort == SearchRequest.Sort.RELEVANCE || sort == SearchRequest.Sort.RECENCY;
  }

  private static SortField byDate(boolean newestFirst) {
    SortField field = new SortField(Schema.PUBLISHED, SortField.Type.LONG, newestFirst);
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }
}

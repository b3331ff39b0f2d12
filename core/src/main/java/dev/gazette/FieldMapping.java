package dev.gazette;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which JSON field of a JSON Lines or JSON array source fills which article field.
 *
 * <p>Field names may be missing from a record; {@code body} may name a string or an array of
 * paragraphs. Every name in {@code facetFields} becomes a keyword facet dimension of that name.
 * The optional article fields {@code url}, {@code author}, {@code section}, {@code tags} and
 * {@code language} are always read from fields of those names.
 *
 * @param id the id field; a record without it is rejected, unless {@code generateIds}
 * @param title the title field
 * @param published the publication date field (formats accepted: see {@link Gazette})
 * @param body the body field
 * @param haiku the haiku field (string with line breaks, or array of lines)
 * @param references the referenced-articles field
 * @param facetFields fields whose string or string-array values become facets
 * @param feeds source facet fields whose codes also feed an extracted facet: field name to
 *     {@code country} or {@code organization}. A code that names a country or a known
 *     organisation ("west-germany", "usa", "imf") is added to that facet under the name the
 *     extractor gives it ("Germany", "United States", "International Monetary Fund"), so a
 *     reader sees one list per concept; the source facet keeps its codes.
 * @param generateIds whether a record without an id gets one made from its file and place ({@code
 *     path:line} in JSON Lines, {@code path[index]} in a JSON array) instead of being rejected
 */
public record FieldMapping(
    String id,
    String title,
    String published,
    String body,
    String haiku,
    String references,
    List<String> facetFields,
    Map<String, String> feeds,
    boolean generateIds) {

  /** The facets that source codes can feed. */
  public static final Set<String> FEEDABLE = Set.of("country", "organization");

  /** Copies the facet list and checks that the required names are there. */
  public FieldMapping {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(body, "body");
    haiku = haiku == null ? "haiku" : haiku;
    references = references == null ? "references" : references;
    facetFields = facetFields == null ? List.of() : List.copyOf(facetFields);
    feeds = feeds == null ? Map.of() : Map.copyOf(feeds);
    feeds.forEach((field, facet) -> {
      if (!FEEDABLE.contains(facet)) {
        throw new IllegalArgumentException("field '" + field + "' can feed only the country or organization facet, not '"
            + facet + "'");
      }
    });
  }

  /** A mapping whose source codes feed no extracted facet and that rejects records without an id. */
  public FieldMapping(String id, String title, String published, String body, String haiku, String references,
      List<String> facetFields) {
    this(id, title, published, body, haiku, references, facetFields, Map.of(), false);
  }

  /**
   * The default mapping: the article's own field names ({@code id}, {@code title}, {@code
   * published}, {@code body}, {@code haiku}, {@code references}) and, as facets, the
   * Reuters-21578 code lists ({@code topics}, {@code places}, {@code people}, {@code orgs},
   * {@code exchanges}) when present, {@code places} feeding {@code country} and {@code orgs}
   * feeding {@code organization}. A {@code date_iso} or {@code date} field is used when
   * {@code published} is absent.
   */
  public static FieldMapping defaults() {
    return new FieldMapping(
        "id", "title", "published", "body", "haiku", "references",
        List.of("topics", "places", "people", "orgs", "exchanges"),
        Map.of("places", "country", "orgs", "organization"), false);
  }

  /** This mapping with other facet fields. */
  public FieldMapping withFacetFields(List<String> fields) {
    return new FieldMapping(id, title, published, body, haiku, references, fields, feeds, generateIds);
  }

  /** This mapping, giving records without an id one made from their file and place instead of rejecting them. */
  public FieldMapping withGeneratedIds() {
    return new FieldMapping(id, title, published, body, haiku, references, facetFields, feeds, true);
  }
}

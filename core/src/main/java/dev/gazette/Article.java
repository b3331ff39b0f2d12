package dev.gazette;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as Gazette indexes and returns it.
 *
 * <p>Only {@code id} is required here; text fields may be empty and {@code published} may be
 * {@code null} when a source has no date. Lists and maps are copied, so an article is immutable.
 * {@link Gazette} writes only articles with a title or a body and an id that passes {@link
 * #checkId}.
 *
 * @param id stable identifier, unique within an index
 * @param title headline
 * @param published publication instant, or {@code null} when unknown
 * @param haiku the haiku lines (usually three; empty when the article has none)
 * @param body body paragraphs in order
 * @param references the text of the "Referenced Articles:" line, or empty
 * @param url canonical address, or {@code null}
 * @param author byline, or {@code null}
 * @param section newspaper section, or {@code null}
 * @param tags free tags given by the source
 * @param language ISO 639 language code, or {@code null}
 * @param facets keyword facets given by the source: dimension name to values
 */
public record Article(
    String id,
    String title,
    Instant published,
    List<String> haiku,
    List<String> body,
    String references,
    String url,
    String author,
    String section,
    List<String> tags,
    String language,
    Map<String, List<String>> facets) {

  /** Validates the id and copies every collection. */
  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    title = title == null ? "" : title;
    haiku = haiku == null ? List.of() : List.copyOf(haiku);
    body = body == null ? List.of() : List.copyOf(body);
    references = references == null ? "" : references;
    tags = tags == null ? List.of() : List.copyOf(tags);
    facets = facets == null ? Map.of() : copyFacets(facets);
  }

  /** The longest article id, in UTF-8 bytes (as Elasticsearch's {@code _id}). */
  public static final int MAX_ID_BYTES = 512;

  /**
   * Checks {@code id} against the one rule for article ids, which every door applies (the Java API,
   * the readers, the HTTP API, the command line): 1 to {@value #MAX_ID_BYTES} bytes of UTF-8, no
   * control characters, no whitespace at either end. Anything else is allowed, {@code /}, {@code ?}
   * and spaces within included: over HTTP an id is one percent-encoded path segment, so it means
   * exactly the text sent.
   *
   * @throws InvalidRequestException (parameter {@code id}) saying what breaks the rule
   */
  public static void checkId(String id) {
    if (id == null || id.isEmpty()) {
      throw invalidId("an article id must not be empty");
    }
    if (!id.strip().equals(id)) {
      throw invalidId("an article id must not start or end with whitespace");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isISOControl(c)) {
        throw invalidId("an article id must not hold control characters (U+" + String.format("%04X", (int) c) + ")");
      }
      if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(++i)))) {
        throw invalidId("an article id must be Unicode text (it holds half of a surrogate pair)");
      }
    }
    int bytes = id.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_ID_BYTES) {
      throw invalidId("an article id must be at most " + MAX_ID_BYTES + " bytes of UTF-8, not " + bytes);
    }
  }

  private static InvalidRequestException invalidId(String message) {
    return new InvalidRequestException("id", message);
  }

  /** An article with just the fields every source has. */
  public static Article of(String id, String title, Instant published, List<String> body) {
    return new Article(id, title, published, List.of(), body, "", null, null, null, List.of(), null, Map.of());
  }

  /** The body paragraphs joined by blank lines. */
  public String bodyText() {
    return String.join("\n\n", body);
  }

  private static Map<String, List<String>> copyFacets(Map<String, List<String>> facets) {
    var copy = new LinkedHashMap<String, List<String>>();
    facets.forEach((dimension, values) -> copy.put(dimension, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}

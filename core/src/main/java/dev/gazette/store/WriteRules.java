package dev.gazette.store;

import dev.gazette.Article;
import dev.gazette.InvalidRequestException;

/**
 * What {@link dev.gazette.Gazette} checks before it writes an article, at every door (upsert,
 * upsertAll, load, and so the HTTP API and the command line) and for both backends: the id rule of
 * {@link Article#checkId}, a title or a body, and facet values of at most {@link
 * #MAX_FACET_LENGTH} characters. Checking all of it first means a refused article leaves nothing
 * half-written.
 */
public final class WriteRules {
  /** Longest facet dimension or value accepted, in characters ({@code Gazette.MAX_FACET_LENGTH}). */
  public static final int MAX_FACET_LENGTH = 512;

  private WriteRules() {}

  /** Refuses {@code article} with an {@link InvalidRequestException} naming the field at fault. */
  public static void check(Article article) {
    Article.checkId(article.id());
    if (article.title().isBlank() && article.body().stream().allMatch(String::isBlank)) {
      throw new InvalidRequestException("body", "article '" + article.id() + "' has neither a title nor a body");
    }
    for (var facet : article.facets().entrySet()) {
      checkFacetLength("facets", facet.getKey());
      facet.getValue().forEach(value -> checkFacetLength(facet.getKey(), value));
    }
    checkFacetLength("author", article.author());
    checkFacetLength("section", article.section());
    checkFacetLength("language", article.language());
    article.tags().forEach(tag -> checkFacetLength("tags", tag));
  }

  /** Facet names and values, the article's author, section, language and tags among them, are at most {@link #MAX_FACET_LENGTH} characters. */
  private static void checkFacetLength(String field, String value) {
    if (value != null && value.length() > MAX_FACET_LENGTH) {
      throw new InvalidRequestException(field, field + " values must be at most " + MAX_FACET_LENGTH
          + " characters, not " + value.length());
    }
  }
}

package dev.gazette;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads articles from a file or a folder of files, in any {@link SourceFormat}, reporting each
 * input it cannot read instead of stopping.
 *
 * <p>Dates without a zone are taken as UTC. Accepted date forms: {@code 06.19.24 11:03 AM},
 * {@code 06/19/2024}, {@code 2024-06-19}, {@code June 19, 2024}, each with or without a time, and
 * ISO-8601 date-times with or without an offset.
 */
public final class ArticleReader {
  // Implemented in dev.gazette.parse; this is the public front door.
  private final Path path;
  private final SourceFormat format;
  private final FieldMapping mapping;

  private ArticleReader(Path path, SourceFormat format, FieldMapping mapping) {
    this.path = path;
    this.format = format;
    this.mapping = mapping;
  }

  /** A reader of {@code path}: a file, or a folder read recursively in name order. */
  public static ArticleReader of(Path path) {
    return new ArticleReader(path, SourceFormat.AUTO, FieldMapping.defaults());
  }

  /** This reader with a forced format. */
  public ArticleReader format(SourceFormat value) {
    return new ArticleReader(path, value, mapping);
  }

  /** This reader with a field mapping for JSON sources. */
  public ArticleReader mapping(FieldMapping value) {
    return new ArticleReader(path, format, value);
  }

  /** Reads every article, handing each to {@code sink}; returns counts and rejections. */
  public IngestReport read(Consumer<Article> sink) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * One article from the JSON object {@code json}, read with the default field mapping;
   * {@code defaultId} is its id when the object has none. Throws {@link InvalidRequestException}
   * when {@code json} is not an article.
   */
  public static Article parseJson(String json, String defaultId) {
    throw new UnsupportedOperationException("TODO");
  }
}

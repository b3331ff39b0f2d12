package dev.gazette;

import dev.gazette.parse.BadInputException;
import dev.gazette.parse.JsonArticles;
import dev.gazette.parse.SourceWalker;
import dev.gazette.parse.TextArticleParser;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Reads articles from a file or a folder of files, in any {@link SourceFormat}, reporting each
 * input it cannot read instead of stopping.
 *
 * <p>Dates without a zone are taken as UTC. Accepted date forms: {@code 06.19.24 11:03 AM} (month
 * first; a two-digit year means 1970–2069), {@code 06/19/2024}, {@code 2024-06-19}, {@code June 19,
 * 2024} (or {@code Jun 19, 2024}) and Reuters' {@code 26-FEB-1987}, each with or without a time
 * ({@code 11:03 AM}, {@code 11:03}, {@code 23:03:15}, optionally followed by {@code Z}, {@code UTC}
 * or an offset), and ISO-8601 date-times ({@code 1987-02-26T15:01:01}, with or without {@code Z} or
 * an offset). Anything else is not a date; an impossible date in one of these forms ({@code
 * 13.45.24}) is an error.
 *
 * <p>Ids: a seed, text or Markdown file's article id is its file name without the extension and
 * without a leading {@code NNN_} sequence number. A JSON record without an id is rejected (at its
 * file and line), unless the mapping {@linkplain FieldMapping#withGeneratedIds() generates ids}:
 * then it gets {@code path:line} (JSON Lines) or {@code path[index]} (JSON array), {@code path}
 * being the file's path within the folder read.
 */
public final class ArticleReader {
  // Implemented in dev.gazette.parse; this is the public front door.
  private static final String BODY = "body";
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

  /**
   * Reads every article, handing each to {@code sink}; returns counts and rejections.
   *
   * <p>A folder is read recursively in name order, skipping hidden files and folders (names
   * starting with {@code .}); under {@link SourceFormat#AUTO}, files of other types than {@code
   * .jsonl}, {@code .ndjson}, {@code .json} (each also gzip-compressed), {@code .txt}, {@code .md}
   * and {@code .markdown} are rejected. A bad record or file is rejected with its place and reason
   * and reading goes on.
   *
   * @throws GazetteException when the path does not exist
   */
  public IngestReport read(Consumer<Article> sink) {
    return SourceWalker.read(path, format, mapping, sink);
  }

  /**
   * A cheap count of the articles {@link #read} will find, for a progress display: one per seed,
   * text or Markdown file, one per non-blank line of JSON Lines (plain or gzip-compressed), by the
   * same rules of format and file choice as {@code read}; empty when a JSON array is among the files
   * (only parsing counts its records) or the path cannot be read. Rejected records still count.
   */
  public OptionalLong estimate() {
    return SourceWalker.estimate(path, format, mapping);
  }

  /**
   * The article a JSON object describes, mapped with {@link FieldMapping#defaults()}.
   *
   * @param json one JSON object
   * @param defaultId the id when the object has none, or {@code null} to require one
   * @throws InvalidRequestException (parameter {@code body}) when {@code json} is not one JSON
   *     object, a field has the wrong type, the date is not a date, or there is no id
   */
  public static Article parseJson(String json, String defaultId) {
    try {
      return JsonArticles.parse(json, FieldMapping.defaults(), defaultId);
    } catch (BadInputException e) {
      throw new InvalidRequestException(BODY, e.getMessage());
    }
  }

  /**
   * The article a seed-format text describes (see {@link SourceFormat#SEED}), its id made from
   * {@code fileName} as for files: {@code 000_0388dada9763fdad.txt} gives {@code 0388dada9763fdad}.
   *
   * @throws InvalidRequestException when the file name gives no id (parameter {@code fileName}) or
   *     the text is empty, has no title or a malformed dateline (parameter {@code body}; the
   *     message names the line)
   */
  public static Article parseSeed(String fileName, String text) {
    String id = fileName == null ? "" : TextArticleParser.idFromFileName(fileName.strip());
    if (id.isBlank()) {
      throw new InvalidRequestException("fileName", "a seed needs a file name to make its id from");
    }
    try {
      return TextArticleParser.parse(id, text, TextArticleParser.Kind.SEED);
    } catch (BadInputException e) {
      String where = e.line() > 0 ? "line " + e.line() + ": " : "";
      throw new InvalidRequestException(BODY, where + e.getMessage());
    }
  }
}

package dev.gazette.parse;

import dev.gazette.FieldMapping;
import dev.gazette.SourceFormat;
import java.util.Locale;
import java.util.Optional;

/** Chooses the reader for a file: the forced format, or one chosen from its name and content. */
final class Formats {
  /** The file kinds {@link SourceFormat#AUTO} reads, for messages. */
  static final String SUPPORTED = ".jsonl, .ndjson, .json (each also .gz), .txt, .md and .markdown";

  private Formats() {}

  /**
   * The reader for {@code fileName} in {@code format}, or empty when {@code format} is {@link
   * SourceFormat#AUTO} and the name is not a supported file type. Under AUTO, JSON files are read
   * as an array when they start with {@code [} and as JSON Lines otherwise, and {@code .txt} files
   * as seed files when their second line is a date and as plain text otherwise.
   */
  static Optional<SourceReader> readerFor(
      String fileName, SourceFormat format, FieldMapping mapping) {
    return Optional.ofNullable(
        switch (format) {
          case SEED -> new TextFileReader(TextArticleParser.Kind.SEED);
          case TEXT -> new TextFileReader(TextArticleParser.Kind.TEXT);
          case JSON_LINES -> new JsonFileReader(JsonFileReader.Layout.LINES, mapping);
          case JSON_ARRAY -> new JsonFileReader(JsonFileReader.Layout.ARRAY, mapping);
          case AUTO -> byName(fileName, mapping);
        });
  }

  private static SourceReader byName(String fileName, FieldMapping mapping) {
    String name = fileName.toLowerCase(Locale.ROOT);
    String base = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    if (base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json")) {
      return new JsonFileReader(JsonFileReader.Layout.DETECT, mapping);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return new TextFileReader(TextArticleParser.Kind.TEXT);
    }
    if (name.endsWith(".txt")) {
      return new TextFileReader(null);
    }
    return null;
  }
}

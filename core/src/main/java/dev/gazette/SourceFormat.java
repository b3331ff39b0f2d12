package dev.gazette;

/** The formats {@link ArticleReader} reads. */
public enum SourceFormat {
  /** Chosen per file from its extension and first bytes. */
  AUTO,
  /** Gazette's seed format: title, dateline, three-line haiku, paragraphs, "Referenced Articles:". */
  SEED,
  /** One JSON object per line, plain or gzip-compressed ({@code .jsonl}, {@code .jsonl.gz}). */
  JSON_LINES,
  /** A JSON array of article objects ({@code .json}). */
  JSON_ARRAY,
  /** Plain text or Markdown: the first line (or {@code # heading}) is the title. */
  TEXT
}

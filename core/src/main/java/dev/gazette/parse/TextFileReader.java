package dev.gazette.parse;

import dev.gazette.Article;
import java.io.IOException;
import java.nio.file.Files;

/** Reads a seed, plain text or Markdown file: one article per file, its id from the file name. */
final class TextFileReader implements SourceReader {
  /** Largest file taken as one article; anything bigger is surely not one. */
  static final long MAX_BYTES = 16L << 20;

  private final TextArticleParser.Kind kind;

  /**
   * @param kind the layout, or {@code null} to {@linkplain TextArticleParser#detect detect} it
   */
  TextFileReader(TextArticleParser.Kind kind) {
    this.kind = kind;
  }

  @Override
  public void read(SourceFile file, Tally tally) throws IOException {
    long size = Files.size(file.path());
    if (size > MAX_BYTES) {
      tally.reject(
          file,
          0,
          "too large for one article ("
              + (size >> 20)
              + " MiB; the limit is "
              + (MAX_BYTES >> 20)
              + " MiB)");
      return;
    }
    String text = Inputs.readText(file.path());
    Article article;
    try {
      String id = TextArticleParser.idFromFileName(file.path().getFileName().toString());
      article =
          TextArticleParser.parse(id, text, kind != null ? kind : TextArticleParser.detect(text));
    } catch (BadInputException e) {
      tally.reject(file, e.line(), e.getMessage());
      return;
    }
    tally.accept(article);
  }
}

package dev.gazette.parse;

import com.google.gson.JsonElement;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.gazette.Article;
import dev.gazette.FieldMapping;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Streams the articles of a JSON Lines file (one object per line) or a JSON array file, plain or
 * gzip-compressed, one record at a time so that files of any size can be read.
 *
 * <p>A bad record is rejected at its line and reading goes on; only a syntax error inside a JSON
 * array, or unreadable bytes, stop the rest of the file. Records without an id are rejected, or,
 * when the mapping {@linkplain FieldMapping#generateIds() generates ids}, get {@code name:line}
 * (JSON Lines) or {@code name[index]} (JSON array, 0-based), {@code name} being the file's path in
 * the folder read.
 */
final class JsonFileReader implements SourceReader {
  /** How far to look for the first character when telling an array from JSON Lines. */
  private static final int SNIFF_LIMIT = 1 << 16;

  /** How the records are laid out. */
  enum Layout {
    /** One object per line. */
    LINES,
    /** One array of objects. */
    ARRAY,
    /** An array if the first character is {@code [}, else one object per line. */
    DETECT
  }

  private final Layout layout;
  private final FieldMapping mapping;

  JsonFileReader(Layout layout, FieldMapping mapping) {
    this.layout = layout;
    this.mapping = mapping;
  }

  @Override
  public void read(SourceFile file, Tally tally) throws IOException {
    try (BufferedReader text = Inputs.openText(file.path())) {
      new Run(file, tally, text).read();
    }
  }

  /** The non-blank lines of a JSON Lines file; empty for an array, whose records only parsing counts. */
  @Override
  public OptionalLong estimate(Path file) throws IOException {
    try (BufferedReader text = Inputs.openText(file)) {
      skipByteOrderMark(text);
      if ((layout == Layout.DETECT ? detect(text) : layout) == Layout.ARRAY) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(text.lines().filter(line -> !line.isBlank()).count());
    }
  }

  /** One reading of one file; knows the line it has reached to place a failure. */
  private final class Run {
    private final SourceFile file;
    private final Tally tally;
    private final BufferedReader text;
    private long line;

    Run(SourceFile file, Tally tally, BufferedReader text) {
      this.file = file;
      this.tally = tally;
      this.text = text;
    }

    void read() {
      try {
        skipByteOrderMark(text);
        if ((layout == Layout.DETECT ? detect(text) : layout) == Layout.ARRAY) {
          readArray();
        } else {
          readLines();
        }
      } catch (MalformedJsonException e) {
        throw Json.broken(e);
      } catch (IOException e) {
        throw new BadInputException(line + 1, "cannot read on from here: " + Inputs.describe(e));
      }
    }

    private void readLines() throws IOException {
      String record;
      while ((record = text.readLine()) != null) {
        line++;
        if (!record.isBlank()) {
          String json = record;
          String fallbackId = mapping.generateIds() ? file.name() + ":" + line : null;
          accept(line, () -> JsonArticles.parse(json, mapping, fallbackId));
        }
      }
    }

    private void readArray() throws IOException {
      JsonReader json = Json.strictReader(text);
      if (json.peek() != JsonToken.BEGIN_ARRAY) {
        throw new BadInputException(Json.line(json), "not a JSON array: expected '[' first");
      }
      json.beginArray();
      for (int index = 0; json.hasNext(); index++) {
        line = Json.line(json);
        JsonElement element = Json.next(json);
        String fallbackId = mapping.generateIds() ? file.name() + "[" + index + "]" : null;
        accept(line, () -> JsonArticles.toArticle(Json.object(element), mapping, fallbackId));
      }
      json.endArray();
      Json.requireEnd(json, "the array");
    }

    /** Maps one record, rejecting it at {@code at} when it is bad; the sink sees only good ones. */
    private void accept(long at, Supplier<Article> mapper) {
      Article article;
      try {
        article = mapper.get();
      } catch (BadInputException e) {
        tally.reject(file, at, e.getMessage());
        return;
      }
      tally.accept(article);
    }
  }

  private static void skipByteOrderMark(BufferedReader text) throws IOException {
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
  }

  /** An array when the first character that is not white space is {@code [}; the text is left where it was. */
  private static Layout detect(BufferedReader text) throws IOException {
    text.mark(SNIFF_LIMIT);
    try {
      for (int i = 0; i < SNIFF_LIMIT; i++) {
        int c = text.read();
        if (c < 0 || !Character.isWhitespace(c)) {
          return c == '[' ? Layout.ARRAY : Layout.LINES;
        }
      }
      return Layout.LINES;
    } finally {
      text.reset();
    }
  }
}

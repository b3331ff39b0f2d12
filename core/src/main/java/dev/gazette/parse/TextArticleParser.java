package dev.gazette.parse;

import dev.gazette.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one article written as text: Gazette's seed format, or plain text and Markdown.
 *
 * <p>Both start with a title line, optionally followed by a date line, then paragraphs separated by
 * blank lines. A seed file (see {@link Kind#SEED}) also has a haiku right under the dateline and
 * may end with a {@code Referenced Articles:} line. Any line ending and a leading byte-order mark
 * are accepted; extra blank lines are ignored.
 */
public final class TextArticleParser {
  /** Longest haiku line; longer lines make the block a paragraph. */
  private static final int MAX_HAIKU_LINE = 60;

  private static final int MIN_HAIKU_LINES = 2;
  private static final int MAX_HAIKU_LINES = 4;
  private static final Pattern REFERENCES = Pattern.compile("(?im)^referenced articles:");
  private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*?)(?:\\s+#+)?");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("=+|-+");
  private static final Pattern SEQUENCE_PREFIX = Pattern.compile("\\d+_(.+)");

  /** Which text layout a file follows. */
  public enum Kind {
    /** Title, dateline ({@code 06.19.24 11:03 AM}), haiku, paragraphs, references line. */
    SEED,
    /** Title (or Markdown {@code # heading}), optional date line, paragraphs. */
    TEXT
  }

  private TextArticleParser() {}

  /**
   * The article id a file name gives: the name without its extension and without a leading {@code
   * NNN_} sequence number, so {@code 000_0388dada9763fdad.txt} gives {@code 0388dada9763fdad}.
   */
  public static String idFromFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String base = dot > 0 ? fileName.substring(0, dot) : fileName;
    Matcher sequence = SEQUENCE_PREFIX.matcher(base);
    return sequence.matches() ? sequence.group(1) : base;
  }

  /** {@link Kind#SEED} when the line after the title is a date, else {@link Kind#TEXT}. */
  public static Kind detect(String text) {
    List<String> lines = Texts.lines(Texts.withoutBom(text));
    return lines.size() > 1 && DateParser.isDateForm(lines.get(1)) ? Kind.SEED : Kind.TEXT;
  }

  /**
   * The article {@code text} holds.
   *
   * @param id the article id (usually from the file name)
   * @throws BadInputException with the line at fault when the text is empty, binary, has no title
   *     or has a date line that is not a real date
   */
  public static Article parse(String id, String text, Kind kind) {
    if (text.indexOf('\0') >= 0) {
      throw new BadInputException("not a text file (it contains NUL bytes)");
    }
    List<String> lines = Texts.withoutBom(text).lines().toList();
    int at = nextNonBlank(lines, 0);
    if (at == lines.size()) {
      throw new BadInputException("empty file: expected a title on the first line");
    }
    String title = title(lines.get(at), kind, at + 1);
    at = skipUnderline(lines, at + 1, kind);
    Instant published = null;
    int dateAt = nextNonBlank(lines, at);
    if (dateAt < lines.size() && isDateLine(lines.get(dateAt), kind)) {
      published = published(lines.get(dateAt), dateAt + 1);
      at = dateAt + 1;
    }
    String rest = String.join("\n", lines.subList(at, lines.size()));
    List<String> paragraphs = new ArrayList<>(Texts.paragraphs(rest));
    if (kind == Kind.TEXT) {
      return Article.of(id, title, published, paragraphs);
    }
    String references = paragraphs.isEmpty() ? "" : references(paragraphs);
    List<String> haiku =
        !paragraphs.isEmpty() && isHaiku(paragraphs.getFirst())
            ? Texts.lines(paragraphs.removeFirst())
            : List.of();
    return new Article(
        id,
        title,
        published,
        haiku,
        paragraphs,
        references,
        null,
        null,
        null,
        List.of(),
        null,
        Map.of());
  }

  private static String title(String line, Kind kind, int lineNumber) {
    String title = line.strip();
    if (kind == Kind.SEED && DateParser.looksLikeDate(title)) {
      throw new BadInputException(
          lineNumber, "the first line is a date, but a seed file starts with its title");
    }
    Matcher heading = HEADING.matcher(title);
    if (kind == Kind.TEXT && heading.matches()) {
      title = heading.group(1).strip();
    }
    if (title.isEmpty() || title.chars().allMatch(c -> c == '#')) {
      throw new BadInputException(lineNumber, "no title: the first line is an empty heading");
    }
    return title;
  }

  /** Past a Markdown setext underline ({@code ====}) right under the title, if there is one. */
  private static int skipUnderline(List<String> lines, int at, Kind kind) {
    boolean underline =
        kind == Kind.TEXT
            && at < lines.size()
            && SETEXT_UNDERLINE.matcher(lines.get(at).strip()).matches();
    return underline ? at + 1 : at;
  }

  /**
   * A seed's dateline is anything that starts like a date (so a malformed one is reported); a text
   * file's date line must be in a date form (otherwise it is the first paragraph).
   */
  private static boolean isDateLine(String line, Kind kind) {
    return kind == Kind.SEED ? DateParser.looksLikeDate(line) : DateParser.isDateForm(line);
  }

  private static Instant published(String line, int lineNumber) {
    try {
      return DateParser.parseRequired(line);
    } catch (BadInputException e) {
      throw e.atLine(lineNumber);
    }
  }

  /** A haiku is a block of a few short lines; a missing haiku leaves a normal paragraph first. */
  private static boolean isHaiku(String block) {
    List<String> lines = Texts.lines(block);
    return lines.size() >= MIN_HAIKU_LINES
        && lines.size() <= MAX_HAIKU_LINES
        && lines.stream().allMatch(line -> line.length() <= MAX_HAIKU_LINE);
  }

  /**
   * Removes the {@code Referenced Articles:} line (and what follows it) from the last paragraph and
   * returns its text, or returns empty when there is none.
   */
  private static String references(List<String> paragraphs) {
    String last = paragraphs.getLast();
    Matcher label = REFERENCES.matcher(last);
    if (!label.find()) {
      return "";
    }
    String before = last.substring(0, label.start()).strip();
    if (before.isEmpty()) {
      paragraphs.removeLast();
    } else {
      paragraphs.set(paragraphs.size() - 1, before);
    }
    return last.substring(label.end()).strip();
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int at = from;
    while (at < lines.size() && lines.get(at).isBlank()) {
      at++;
    }
    return at;
  }
}

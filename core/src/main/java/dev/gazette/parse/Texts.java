package dev.gazette.parse;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the readers: byte-order marks, lines and paragraphs. */
final class Texts {
  private static final char BOM = '\uFEFF';

  private Texts() {}

  /** {@code text} without a leading UTF-8 byte-order mark. */
  static String withoutBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  /** The non-blank lines of {@code text}, stripped; any line ending counts. */
  static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /**
   * The paragraphs of {@code text}: runs of non-blank lines separated by blank lines, each kept
   * with its inner line breaks (as {@code \n}) and stripped of surrounding white space.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    text.lines()
        .forEach(
            line -> {
              if (line.isBlank()) {
                flush(current, paragraphs);
              } else {
                current.append(line.stripTrailing()).append('\n');
              }
            });
    flush(current, paragraphs);
    return paragraphs;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String paragraph = current.toString().strip();
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }
}

package dev.gazette.cli;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns core's highlighted snippets, which are HTML-escaped around the highlight tags, into terminal
 * text: entities decoded, control characters and runs of white space made single spaces, and
 * matches in bold on a terminal or unmarked when piped.
 */
final class SnippetText {
  /** Tag opening a match; a private-use character, so it cannot clash with escaped article text. */
  static final String PRE = "\uE000";
  /** Tag closing a match. */
  static final String POST = "\uE001";

  private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));");
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cntrl}]+");

  private SnippetText() {}

  /** {@code snippet} (tagged with {@link #PRE} and {@link #POST}) as text for {@code terminal}. */
  static String render(String snippet, Terminal terminal) {
    String text = SPACE.matcher(unescape(snippet)).replaceAll(" ").strip();
    return text.replace(PRE, terminal.boldOn()).replace(POST, terminal.boldOff());
  }

  /** {@code html} with its character references decoded. */
  static String unescape(String html) {
    return ENTITY.matcher(html).replaceAll(match -> Matcher.quoteReplacement(decode(match)));
  }

  private static String decode(MatchResult match) {
    if (match.group(1) != null || match.group(2) != null) {
      int codePoint = match.group(1) != null ? Integer.parseInt(match.group(1)) : Integer.parseInt(match.group(2), 16);
      return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : match.group();
    }
    return switch (match.group(3)) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      default -> "'";
    };
  }
}

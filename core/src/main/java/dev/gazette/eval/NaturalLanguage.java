package dev.gazette.eval;

import dev.gazette.SearchRequest;
import dev.gazette.search.UserQueryParser;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a natural-language query into plain words for the user query syntax, so that a topic such
 * as {@code WHEAT DEALS WITH RUSSIA OR CANADA} is not read as operators, phrases or exclusions.
 */
final class NaturalLanguage {
  /** Characters the query syntax reads as phrases, wildcards, groups or field prefixes. */
  private static final Pattern SYNTAX = Pattern.compile("[\"*?():]");
  /** A leading sign, read as exclusion ({@code -}) or ignored ({@code +}). */
  private static final Pattern SIGN = Pattern.compile("(?<=^|\\s)[-+]+");
  /** A whole word the syntax reads as an operator. */
  private static final Pattern OPERATOR = Pattern.compile("(?<=^|\\s)(?:OR|AND|NOT)(?=\\s|$)");
  /** An item without a letter or digit (a lone full stop, a dash), which searches nothing. */
  private static final Pattern NO_WORD = Pattern.compile("(?<=^|\\s)[^\\p{L}\\p{N}\\s]+(?=\\s|$)");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private NaturalLanguage() {}

  /**
   * {@code text} with query syntax neutralised, items without a letter or digit dropped and white
   * space collapsed, cut to the first {@link UserQueryParser#MAX_CLAUSES} words and at the last word
   * that fits in {@link SearchRequest#MAX_QUERY_LENGTH}: the longest query the engine takes.
   */
  static String plain(String text) {
    String plain = SYNTAX.matcher(text).replaceAll(" ");
    plain = SIGN.matcher(plain).replaceAll("");
    plain = OPERATOR.matcher(plain).replaceAll(word -> word.group().toLowerCase(Locale.ROOT));
    plain = NO_WORD.matcher(plain).replaceAll(" ");
    plain = SPACES.matcher(plain).replaceAll(" ").strip();
    String[] words = plain.split(" ");
    if (words.length > UserQueryParser.MAX_CLAUSES) {
      plain = String.join(" ", Arrays.copyOf(words, UserQueryParser.MAX_CLAUSES));
    }
    if (plain.length() <= SearchRequest.MAX_QUERY_LENGTH) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', SearchRequest.MAX_QUERY_LENGTH);
    return plain.substring(0, cut > 0 ? cut : SearchRequest.MAX_QUERY_LENGTH);
  }
}

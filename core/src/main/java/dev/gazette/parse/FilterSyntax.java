package dev.gazette.parse;

import dev.gazette.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads the text grammar of {@link dev.gazette.Filter}: {@code or := and (OR and)*}, {@code and :=
 * unary (AND unary)*}, {@code unary := (NOT | -) unary | ( or ) | dimension:value}; a value is quoted ({@code
 * "…"}, with {@code \"} and {@code \\} inside) or runs to the next {@code AND}/{@code OR} standing
 * alone or the next {@code )}, and may hold spaces but not another {@code dimension:} after one.
 * Every error names the parameter {@code filter}. What an expression becomes is the caller's: it
 * hands over the {@link Nodes} to build, so the grammar knows nothing of the filter types.
 *
 * @param <T> what a parsed expression is built of
 */
public final class FilterSyntax<T> {
  /** Longest filter expression accepted, in characters. */
  public static final int MAX_LENGTH = 4_000;
  /** Deepest nesting of parentheses and {@code NOT}s. */
  public static final int MAX_DEPTH = 16;

  /** A year, year/month or year/month/day: the values of the {@code published} dimension. */
  private static final Pattern PUBLISHED_PATH =
      Pattern.compile("\\d{4}(/(0[1-9]|1[0-2])(/(0[1-9]|[12]\\d|3[01]))?)?");
  /** A word ending in a colon after white space: a second term where an operator is missing. */
  private static final Pattern ANOTHER_TERM = Pattern.compile("\\s[^\\s:()\"]+:");

  private final String text;
  private final Nodes<T> nodes;
  private int pos;
  private int depth;

  /**
   * How the parts of an expression are built.
   *
   * @param term a {@code dimension:value} term
   * @param anyOf alternatives joined by {@code OR}
   * @param allOf parts joined by {@code AND}
   * @param not a negated part
   * @param <T> what an expression is built of
   */
  public record Nodes<T>(BiFunction<String, String, T> term, Function<List<T>, T> anyOf,
      Function<List<T>, T> allOf, UnaryOperator<T> not) {}

  private FilterSyntax(String text, Nodes<T> nodes) {
    this.text = text;
    this.nodes = nodes;
  }

  /** Refuses a {@code dimension:value} term without both parts, or a {@code published} value that is no date path. */
  public static void checkTerm(String dimension, String value) {
    if (dimension == null || dimension.isBlank()) {
      throw invalid("a filter needs a dimension, as dimension:value");
    }
    if (value == null || value.isBlank()) {
      throw invalid("filter " + dimension + " needs a value, as dimension:value");
    }
    if (dimension.equals("published") && !PUBLISHED_PATH.matcher(value).matches()) {
      throw invalid("a published filter is a year, year/month or year/month/day, "
          + "as published:1987, published:1987/03 or published:1987/03/26, not '" + value + "'");
    }
  }

  /** The expression {@code expression} built of {@code nodes}; refused naming {@code filter} when malformed. */
  public static <T> T parse(String expression, Nodes<T> nodes) {
    if (expression == null || expression.isBlank()) {
      throw invalid("a filter is empty; write dimension:value, as topics:grain");
    }
    if (expression.length() > MAX_LENGTH) {
      throw invalid("a filter must be at most " + MAX_LENGTH + " characters");
    }
    FilterSyntax<T> syntax = new FilterSyntax<>(expression, nodes);
    T filter = syntax.or();
    syntax.skipSpace();
    if (syntax.pos < expression.length()) {
      throw syntax.error(expression.charAt(syntax.pos) == ')' ? "a ) without its (" : "join filters with AND or OR");
    }
    return filter;
  }

  private T or() {
    List<T> parts = new ArrayList<>(List.of(and()));
    while (keyword("OR")) {
      parts.add(and());
    }
    return nodes.anyOf().apply(parts);
  }

  private T and() {
    List<T> parts = new ArrayList<>(List.of(unary()));
    while (keyword("AND")) {
      parts.add(unary());
    }
    return nodes.allOf().apply(parts);
  }

  private T unary() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("a dimension:value is missing");
    }
    boolean not = keyword("NOT");
    if (!not && text.charAt(pos) == '-') {
      pos++;
      not = true;
    }
    if (not) {
      enter();
      T negated = nodes.not().apply(unary());
      depth--;
      return negated;
    }
    if (text.charAt(pos) == '(') {
      pos++;
      enter();
      T group = or();
      skipSpace();
      if (pos >= text.length() || text.charAt(pos) != ')') {
        throw error("a ( is not closed");
      }
      pos++;
      depth--;
      return group;
    }
    return term();
  }

  private T term() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) != ':' && !stopsDimension(text.charAt(pos))) {
      pos++;
    }
    if (pos == start || pos >= text.length() || text.charAt(pos) != ':') {
      pos = start;
      throw error("expected dimension:value, as topics:grain");
    }
    String dimension = text.substring(start, pos);
    pos++;
    skipSpace();
    String value = pos < text.length() && text.charAt(pos) == '"' ? quoted() : unquoted();
    return nodes.term().apply(dimension, value);
  }

  private String quoted() {
    StringBuilder value = new StringBuilder();
    int open = pos++;
    while (pos < text.length() && text.charAt(pos) != '"') {
      char c = text.charAt(pos++);
      if (c == '\\' && pos < text.length()) {
        c = text.charAt(pos++);
      }
      value.append(c);
    }
    if (pos >= text.length()) {
      pos = open;
      throw error("a quoted value is not closed");
    }
    pos++;
    return value.toString();
  }

  private String unquoted() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) != ')' && !operatorFollows()) {
      pos++;
    }
    String value = text.substring(start, pos).strip();
    if (ANOTHER_TERM.matcher(value).find()) {
      pos = start;
      throw error("join filters with AND or OR, or quote a value holding a word followed by a colon");
    }
    return value;
  }

  /** Whether white space then {@code AND} or {@code OR} standing alone begin at {@code pos}. */
  private boolean operatorFollows() {
    if (!Character.isWhitespace(text.charAt(pos))) {
      return false;
    }
    int word = pos;
    while (word < text.length() && Character.isWhitespace(text.charAt(word))) {
      word++;
    }
    return standsAlone(word, "AND") || standsAlone(word, "OR");
  }

  private boolean keyword(String word) {
    skipSpace();
    if (standsAlone(pos, word)) {
      pos += word.length();
      return true;
    }
    return false;
  }

  private boolean standsAlone(int at, String word) {
    int end = at + word.length();
    return text.startsWith(word, at)
        && (end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '(');
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("filters nest deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean stopsDimension(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
  }

  private InvalidRequestException error(String problem) {
    String at = pos >= text.length() ? "at the end" : "at character " + (pos + 1);
    return invalid("filter '" + text + "': " + problem + " (" + at + ")");
  }

  private static InvalidRequestException invalid(String message) {
    return new InvalidRequestException("filter", message);
  }
}

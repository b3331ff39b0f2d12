package dev.gazette.search;

import dev.gazette.InvalidRequestException;
import dev.gazette.search.Clause.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the user query syntax into clauses: words, {@code "quoted phrases"}, {@code -exclusions}
 * (or {@code NOT x}), {@code OR} between items, {@code field:term} and {@code prefix*}. It never
 * fails: an unbalanced quote, a stray operator or a lone {@code *} is read as plain words or
 * dropped, as a search box user would mean; a query of operators alone ({@code AND OR}) is read as
 * those words. For search as you type, the unfinished last word may also be read as a prefix.
 */
public final class UserQueryParser {
  /** Shortest prefix expanded; shorter ones are searched as words. */
  public static final int MIN_PREFIX = 2;
  /** Most words, phrases and prefixes one query may hold. */
  public static final int MAX_CLAUSES = 64;

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private final Predicate<String> knownField;

  /** A parser that accepts {@code field:} for the names in {@code knownFields}. */
  public UserQueryParser(Set<String> knownFields) {
    this.knownField = knownFields::contains;
  }

  private UserQueryParser(Predicate<String> knownField) {
    this.knownField = knownField;
  }

  /** A parser that reads any {@code name:} as a field, for telling what a query asks without an index at hand. */
  public static UserQueryParser anyField() {
    return new UserQueryParser(name -> true);
  }

  /**
   * The clauses of a search's {@code query}, refused when it holds more than {@link
   * #MAX_CLAUSES}; with {@code prefixLast}, the unfinished last word also matches as a
   * prefix ({@link #withTypedPrefix}).
   */
  public List<Clause> parseSearch(String query, boolean prefixLast) {
    List<Clause> clauses = parse(query);
    if (clauses.size() > MAX_CLAUSES) {
      throw new InvalidRequestException("q", "a query may hold at most " + MAX_CLAUSES
          + " words and phrases");
    }
    return prefixLast ? withTypedPrefix(query, clauses) : clauses;
  }

  /** The clauses of {@code query}, in order. */
  public List<Clause> parse(String query) {
    List<Token> tokens = tokenize(query);
    List<Clause> clauses = clauses(tokens);
    if (clauses.isEmpty()) {
      tokens.stream().filter(t -> !t.quoted() && OPERATORS.contains(t.text()))
          .forEach(t -> clauses.add(new Clause(Kind.WORD, null, t.text(), false, clauses.size() + 1)));
    }
    return clauses;
  }

  /**
   * {@code clauses} of {@code query} with the last word, still being typed, also matching as a
   * prefix: an alternative in its group, so that whole-word matches (which match both) rank above
   * words merely starting with it. Not when the query ends in a space or a quote, or its last item
   * is a phrase, an operator, an exclusion, a field, a prefix already, or shorter than {@value
   * #MIN_PREFIX} characters.
   */
  public List<Clause> withTypedPrefix(String query, List<Clause> clauses) {
    List<Token> tokens = tokenize(query);
    if (query.isEmpty() || Character.isWhitespace(query.charAt(query.length() - 1))
        || query.endsWith("\"") || tokens.isEmpty() || clauses.isEmpty()) {
      return clauses;
    }
    Token token = tokens.get(tokens.size() - 1);
    Clause last = clauses.get(clauses.size() - 1);
    Clause typed = token.quoted() || OPERATORS.contains(token.text()) ? null : toClause(token, false);
    boolean unfinished = typed != null && typed.kind() == Kind.WORD && typed.field() == null && !typed.excluded()
        && !last.excluded()
        && last.kind() == Kind.WORD && last.field() == null && last.text().equals(typed.text())
        && typed.text().equals(token.text()) && !typed.text().contains(" ")
        && typed.text().codePointCount(0, typed.text().length()) >= MIN_PREFIX;
    if (!unfinished) {
      return clauses;
    }
    List<Clause> withPrefix = new ArrayList<>(clauses);
    withPrefix.add(new Clause(Kind.PREFIX, null, last.text(), false, last.group()));
    return List.copyOf(withPrefix);
  }

  /** True when clause {@code i} is the prefix alternative {@link #withTypedPrefix} adds to the word before it. */
  public static boolean isTypedPrefix(List<Clause> clauses, int i) {
    if (i == 0) {
      return false;
    }
    Clause clause = clauses.get(i);
    Clause word = clauses.get(i - 1);
    return clause.kind() == Kind.PREFIX && clause.field() == null && !clause.excluded() && word.kind() == Kind.WORD
        && word.field() == null && word.group() == clause.group() && word.text().equals(clause.text());
  }

  private List<Clause> clauses(List<Token> tokens) {
    List<Clause> clauses = new ArrayList<>();
    int group = 0;
    boolean orPending = false;
    boolean notPending = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.quoted() && token.text().equals("OR")) {
        orPending = !clauses.isEmpty();
        continue;
      }
      if (!token.quoted() && token.text().equals("AND")) {
        continue;
      }
      if (!token.quoted() && token.text().equals("NOT")) {
        notPending = true;
        continue;
      }
      Clause clause = toClause(token, notPending);
      notPending = false;
      if (clause == null) {
        continue;
      }
      boolean joinsGroup = orPending && !clause.excluded() && !clauses.get(clauses.size() - 1).excluded();
      int clauseGroup = joinsGroup ? group : ++group;
      clauses.add(new Clause(clause.kind(), clause.field(), clause.text(), clause.excluded(), clauseGroup));
      orPending = false;
    }
    return clauses;
  }

  private Clause toClause(Token token, boolean negated) {
    String text = token.text();
    boolean excluded = negated || token.excluded();
    String field = null;
    int colon = text.indexOf(':');
    if (colon > 0 && colon < text.length() - 1 && knownField.test(text.substring(0, colon))) {
      field = text.substring(0, colon);
      text = text.substring(colon + 1);
    }
    if (token.quoted()) {
      return text.isBlank() ? null : new Clause(Kind.PHRASE, field, text, excluded, 0);
    }
    String stripped = text.replaceAll("^[*?]+", "");
    if (stripped.endsWith("*")) {
      String prefix = stripped.replaceAll("[*?]+$", "");
      if (prefix.codePointCount(0, prefix.length()) >= MIN_PREFIX && !prefix.contains("*")) {
        return new Clause(Kind.PREFIX, field, prefix, excluded, 0);
      }
      stripped = prefix;
    }
    String word = stripped.replace('*', ' ').replace('?', ' ').strip();
    return word.isEmpty() ? null : new Clause(Kind.WORD, field, word, excluded, 0);
  }

  /** A whitespace-separated item, or a quoted phrase, with a leading minus noted. */
  private record Token(String text, boolean quoted, boolean excluded) {}

  private static List<Token> tokenize(String query) {
    List<Token> tokens = new ArrayList<>();
    String text = query.replace('(', ' ').replace(')', ' ');
    int quotes = (int) text.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      int last = text.lastIndexOf('"');
      text = text.substring(0, last) + ' ' + text.substring(last + 1);
    }
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean excluded = false;
      int start = i;
      if (c == '-' || c == '+') {
        excluded = c == '-';
        start = ++i;
        if (i >= text.length() || Character.isWhitespace(text.charAt(i))) {
          continue;
        }
      }
      String fieldPrefix = "";
      int colon = fieldEnd(text, start);
      if (colon > 0) {
        fieldPrefix = text.substring(start, colon + 1);
        start = colon + 1;
      }
      if (start < text.length() && text.charAt(start) == '"') {
        int close = text.indexOf('"', start + 1);
        tokens.add(new Token(fieldPrefix + text.substring(start + 1, close), true, excluded));
        i = close + 1;
      } else {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
          end++;
        }
        String word = fieldPrefix + text.substring(start, end);
        if (!word.isEmpty()) {
          tokens.add(new Token(word, false, excluded));
        }
        i = end;
      }
    }
    return tokens;
  }

  /** The index of the colon ending a {@code field:} right before a quote, or -1. */
  private static int fieldEnd(String text, int start) {
    int i = start;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
        || text.charAt(i) == '-' || text.charAt(i) == '.')) {
      i++;
    }
    return i > start && i + 1 < text.length() && text.charAt(i) == ':' && text.charAt(i + 1) == '"' ? i : -1;
  }
}

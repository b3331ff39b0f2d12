package dev.gazette.search;

import dev.gazette.search.Clause.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the user query syntax into clauses: words, {@code "quoted phrases"}, {@code -exclusions}
 * (or {@code NOT x}), {@code OR} between items, {@code field:term} and {@code prefix*}. It never
 * fails: an unbalanced quote, a stray operator or a lone {@code *} is read as plain words or
 * dropped, as a search box user would mean.
 */
public final class UserQueryParser {
  /** Shortest prefix expanded; shorter ones are searched as words. */
  public static final int MIN_PREFIX = 2;

  private final Set<String> knownFields;

  /** A parser that accepts {@code field:} for the names in {@code knownFields}. */
  public UserQueryParser(Set<String> knownFields) {
    this.knownFields = knownFields;
  }

  /** The clauses of {@code query}, in order. */
  public List<Clause> parse(String query) {
    List<Clause> clauses = new ArrayList<>();
    List<Token> tokens = tokenize(query);
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
    if (colon > 0 && colon < text.length() - 1 && knownFields.contains(text.substring(0, colon))) {
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

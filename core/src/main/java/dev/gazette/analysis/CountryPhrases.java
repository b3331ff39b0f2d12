package dev.gazette.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The phrases that name countries, as a tree of words, so that a text is looked up word by word
 * and the longest phrase starting at a word wins ("North Korea" before "Korea", "New Mexico"
 * before "Mexico"). Words written in lower case match in any case ("of", "OF"); other words
 * match as written or in ALL CAPS: "Japan" and "JAPAN" match, "US" matches but "us" does not.
 * Built once, then only read: safe to share between threads.
 */
final class CountryPhrases {

  /**
   * What a phrase means.
   *
   * @param country   index of the country named, or {@link #BLOCKED} for a phrase that names none
   * @param ambiguous whether the phrase names the country only when it stands alone
   */
  record Meaning(int country, boolean ambiguous) {

    /** The country index of a phrase that names no country. */
    static final int BLOCKED = -1;

    /** Whether the phrase names no country. */
    boolean blocked() {
      return country == BLOCKED;
    }
  }

  /**
   * The longest phrase found at a word.
   *
   * @param length  how many words it covers
   * @param meaning what it means
   */
  record Match(int length, Meaning meaning) {
  }

  private static final class Node {
    final Map<String, Edge> next = new HashMap<>();
    Meaning meaning;
  }

  /** The step to a next word, which may be written in several ways ("d'Ivoire", "D'Ivoire"). */
  private static final class Edge {
    final Node node = new Node();
    final Set<String> forms = new HashSet<>();
    boolean anyCase;

    void allow(String form) {
      anyCase |= form.equals(lower(form));
      forms.add(form);
      forms.add(form.toUpperCase(Locale.ROOT));
    }

    boolean accepts(String term) {
      return anyCase || forms.contains(term);
    }

    /** Whether a word that starts with a lower-case letter may take this step. */
    boolean acceptsLowerInitial() {
      return anyCase || forms.stream().anyMatch(CountryPhrases::lowerInitial);
    }
  }

  private final Node root = new Node();
  /**
   * The first steps a word starting with a lower-case letter may take, by lower case: few, since
   * most names are capitalised, so that most words of a text need no lookup in the whole tree.
   */
  private final Map<String, Edge> lowerInitialFirst = new HashMap<>();

  /**
   * Adds a phrase. A blocked phrase overrides any country; a phrase added for one country
   * twice stays ambiguous if either addition was.
   *
   * @throws IllegalStateException if the phrase already names another country
   */
  void add(String phrase, Meaning meaning) {
    List<String> words = CountryTokens.of(phrase).terms();
    if (words.isEmpty()) {
      throw new IllegalStateException("country phrase without words: '" + phrase + "'");
    }
    Node node = root;
    for (String word : words) {
      Edge edge = node.next.computeIfAbsent(lower(word), key -> new Edge());
      edge.allow(word);
      if (node == root && edge.acceptsLowerInitial()) {
        lowerInitialFirst.put(lower(word), edge);
      }
      node = edge.node;
    }
    node.meaning = merged(phrase, node.meaning, meaning);
  }

  private static Meaning merged(String phrase, Meaning old, Meaning added) {
    if (old == null || added.blocked()) {
      return added;
    }
    if (old.blocked()) {
      return old;
    }
    if (old.country() != added.country()) {
      throw new IllegalStateException("country phrase '" + phrase + "' names two countries");
    }
    return new Meaning(old.country(), old.ambiguous() || added.ambiguous());
  }

  /** The longest phrase starting at word {@code start} whose words are joined in the text, or null. */
  Match longest(CountryTokens tokens, int start) {
    Match best = null;
    Node node = root;
    Map<String, Edge> first = lowerInitial(tokens.term(start)) ? lowerInitialFirst : root.next;
    for (int i = start; i < tokens.size() && (i == start || tokens.joined(i - 1)); i++) {
      Edge edge = (i == start ? first : node.next).get(tokens.lower(i));
      if (edge == null || !edge.accepts(tokens.term(i))) {
        break;
      }
      node = edge.node;
      if (node.meaning != null) {
        best = new Match(i - start + 1, node.meaning);
      }
    }
    return best;
  }

  private static boolean lowerInitial(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}

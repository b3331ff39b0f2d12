package dev.gazette.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phrases of one or more words, each with a value, looked up at a word of a text: the longest
 * phrase whose words follow one another there, joined as parts of one name, wins ("EC
 * Commission" before "EC", "Prime Minister" before "Minister"). Words written in lower case
 * match in any case ("of", "president" matches "President"); other words match as written or in
 * ALL CAPS ("IMF", "International Monetary Fund" and "INTERNATIONAL MONETARY FUND" match, "imf"
 * does not), and acronyms of four letters or more also capitalised ("Opec", "Nato"). Built once, then only read: safe to share between threads.
 *
 * @param <V> what a phrase stands for
 */
final class EntityPhrases<V> {

  /**
   * A phrase found in a text.
   *
   * @param length how many words it covers
   * @param value  what it stands for
   */
  record Match<V>(int length, V value) {
  }

  private record Phrase<V>(List<String> words, V value) {
  }

  /** Phrases by their first word in lower case, longest first. */
  private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();

  /**
   * Adds a phrase, split into words as texts are.
   *
   * @throws IllegalStateException if the phrase has no words or already stands for another value
   */
  void add(String phrase, V value) {
    EntityTokens tokens = EntityTokens.of(phrase, EntityLexicon.NO_ABBREVIATIONS);
    if (tokens.size() == 0) {
      throw new IllegalStateException("phrase without words: '" + phrase + "'");
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      words.add(tokens.word(i));
    }
    List<Phrase<V>> same = byFirstWord.computeIfAbsent(lower(words.getFirst()), first -> new ArrayList<>());
    for (Phrase<V> old : same) {
      if (old.words().equals(words) && !old.value().equals(value)) {
        throw new IllegalStateException("phrase '" + phrase + "' stands for both " + old.value() + " and " + value);
      }
    }
    same.add(new Phrase<>(List.copyOf(words), value));
    same.sort(Comparator.comparingInt((Phrase<V> p) -> p.words().size()).reversed());
  }

  /** The longest phrase starting at word {@code start}, or null. */
  Match<V> longest(EntityTokens tokens, int start) {
    List<Phrase<V>> candidates = byFirstWord.get(tokens.lower(start));
    if (candidates == null) {
      return null;
    }
    for (Phrase<V> phrase : candidates) {
      if (matches(phrase.words(), tokens, start)) {
        return new Match<>(phrase.words().size(), phrase.value());
      }
    }
    return null;
  }

  private static boolean matches(List<String> words, EntityTokens tokens, int start) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (k > 0 && !tokens.joined(start + k - 1)) {
        return false;
      }
      String expected = words.get(k);
      if (!accepts(expected, tokens.word(start + k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of a text is a phrase's word {@code expected} as the rules of case allow. */
  private static boolean accepts(String expected, String actual) {
    String lower = lower(expected);
    if (expected.equals(lower)) {
      return expected.equalsIgnoreCase(actual);
    }
    boolean acronym = expected.length() >= 4 && expected.equals(expected.toUpperCase(Locale.ROOT));
    return expected.equals(actual) || expected.toUpperCase(Locale.ROOT).equals(actual)
        || acronym && actual.equals(expected.charAt(0) + lower.substring(1));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}

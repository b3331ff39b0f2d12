package dev.gazette.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  /**
   * A phrase as looked up.
   *
   * @param words its words, with the forms of each a text may show
   * @param value what it stands for
   */
  record Phrase<V>(List<Word> words, V value) {
  }

  /**
   * A phrase's word with the forms of it a text may show, worked out once.
   *
   * @param expected the word as the phrase writes it
   * @param anyCase  whether it is written in lower case, so it matches in any case
   * @param upper    the word in ALL CAPS
   * @param acronym  an acronym of four letters or more as a capitalised word ("Opec"), else null
   */
  record Word(String expected, boolean anyCase, String upper, String acronym) {

    static Word of(String expected) {
      String lower = lower(expected);
      String upper = expected.toUpperCase(Locale.ROOT);
      boolean acronym = expected.length() >= 4 && expected.equals(upper);
      return new Word(expected, expected.equals(lower), upper, acronym ? expected.charAt(0) + lower.substring(1) : null);
    }

    /** Whether a word of a text is this word as the rules of case allow. */
    boolean accepts(String actual) {
      if (anyCase) {
        return expected.equalsIgnoreCase(actual);
      }
      return expected.equals(actual) || upper.equals(actual) || acronym != null && acronym.equals(actual);
    }
  }

  /** Phrases by their first word in lower case, longest first. */
  private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();

  /**
   * Adds a phrase, split into words as texts are.
   *
   * @throws IllegalStateException if the phrase has no words or already stands for another value
   */
  void add(String phrase, V value) {
    EntityTokens tokens = EntityTokens.of(phrase, EntityTokens.NO_ABBREVIATIONS);
    if (tokens.size() == 0) {
      throw new IllegalStateException("phrase without words: '" + phrase + "'");
    }
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      words.add(Word.of(tokens.word(i)));
    }
    List<Phrase<V>> same = byFirstWord.computeIfAbsent(lower(tokens.word(0)), first -> new ArrayList<>());
    for (Phrase<V> old : same) {
      if (old.words().equals(words) && !old.value().equals(value)) {
        throw new IllegalStateException("phrase '" + phrase + "' stands for both " + old.value() + " and " + value);
      }
    }
    same.add(new Phrase<>(List.copyOf(words), value));
    same.sort(Comparator.comparingInt((Phrase<V> p) -> p.words().size()).reversed());
  }

  /** The phrases whose first word, in lower case, is {@code word}, longest first; empty for none. */
  List<Phrase<V>> startingWith(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  /** The first words of the phrases, in lower case. */
  Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  /**
   * The longest phrase found at word {@code start} among {@code candidates}, the phrases
   * {@link #startingWith} that word's lower case; or null.
   */
  static <V> Match<V> longest(List<Phrase<V>> candidates, EntityTokens tokens, int start) {
    for (Phrase<V> phrase : candidates) {
      if (matches(phrase.words(), tokens, start)) {
        return new Match<>(phrase.words().size(), phrase.value());
      }
    }
    return null;
  }

  private static boolean matches(List<Word> words, EntityTokens tokens, int start) {
    if (start + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (k > 0 && !tokens.joined(start + k - 1) || !words.get(k).accepts(tokens.word(start + k))) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}

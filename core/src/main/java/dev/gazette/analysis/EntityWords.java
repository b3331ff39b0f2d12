package dev.gazette.analysis;

import dev.gazette.analysis.EntityLexicon.Entry;
import dev.gazette.analysis.EntityLexicon.Words;
import dev.gazette.analysis.EntityMentions.Evidence;
import dev.gazette.analysis.EntityTokens.Shape;

/**
 * What the lexicon and the shapes of the words say about the words of one text, for {@link
 * EntityReader}: which word lists a word is on, whether a run of words can be a person's name and
 * where it starts, and how sure a name is to be a person's.
 */
final class EntityWords {
  /** The most words a person's name may have. */
  static final int LONGEST_NAME = 5;

  private final EntityTokens tokens;
  private final EntityLexicon lexicon;
  private final Entry[] entries;

  /** The words of {@code tokens}, each looked up in {@code lexicon} once. */
  EntityWords(EntityTokens tokens, EntityLexicon lexicon) {
    this.tokens = tokens;
    this.lexicon = lexicon;
    this.entries = new Entry[tokens.size()];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = lexicon.entry(tokens.lower(i));
    }
  }

  /** What the lexicon knows of word {@code i}. */
  Entry entry(int i) {
    return entries[i];
  }

  /** Whether a word next to words {@code first..last} has lower case, so that an ambiguous acronym is one. */
  boolean casedNeighbour(int first, int last) {
    return first > 0 && cased(first - 1) || last + 1 < tokens.size() && cased(last + 1);
  }

  private boolean cased(int i) {
    Shape shape = tokens.shape(i);
    return shape == Shape.LOWER || shape == Shape.CAPITALISED;
  }

  /**
   * How sure a name of two or more words, with no title before it, is to be a person's: sure
   * when it starts with a given name, a verb of speech follows it, or (when it starts its chunk,
   * {@code whole}) a cue such as "said" comes right before it.
   */
  Evidence evidence(int first, int last, boolean whole) {
    boolean speech = speechAfter(last);
    boolean cue = whole && (first >= 1 && tokens.joined(first - 1) && is(Words.CUE, first - 1)
        || first >= 2 && tokens.joined(first - 2) && tokens.joined(first - 1)
            && lexicon.is(Words.CUE, tokens.lower(first - 2) + " " + tokens.lower(first - 1)));
    return speech || cue || is(Words.GIVEN, first) ? Evidence.PERSON : Evidence.NAME;
  }

  /**
   * Where a person's name in words {@code first..last} starts: at the first given name inside
   * when the first word is none ("Manhattan Rudolph Giuliani"), else at {@code first}.
   */
  int givenNameStart(int first, int last) {
    if (!is(Words.GIVEN, first)) {
      for (int k = first + 1; k < last; k++) {
        if (is(Words.GIVEN, k)) {
          return k;
        }
      }
    }
    return first;
  }

  /** Whether a verb of speech in lower case follows word {@code last}. */
  boolean speechAfter(int last) {
    return last + 1 < tokens.size() && tokens.joined(last) && tokens.shape(last + 1) == Shape.LOWER
        && is(Words.SPEECH, last + 1);
  }

  /**
   * Where the longest tail of words {@code first..last} that are all a person's words starts, or
   * -1; also -1 when a place word comes right before it, as in "San Juan Capistrano".
   */
  int personTail(int first, int last) {
    for (int k = Math.max(first, last - LONGEST_NAME + 1); k <= last; k++) {
      if (personWords(k, last) == last - k + 1) {
        return k > first && is(Words.PLACE, k - 1) ? -1 : k;
      }
    }
    return -1;
  }

  /** Whether word {@code i} is none of an organisation, generic or place word, so it may be in a person's name. */
  boolean nameOnly(int i) {
    return !is(Words.ORGANIZATION, i) && !is(Words.GENERIC, i) && !is(Words.PLACE, i);
  }

  /** Whether word {@code i}, in lower case, is on word list {@code list}. */
  boolean is(Words list, int i) {
    return entries[i].on(list);
  }

  /**
   * How many words from word {@code first} on, up to {@code last}, can be a person's name:
   * capitalised words or initials with no organisation, generic or place words, particles only
   * inside, at most five words.
   */
  int personWords(int first, int last) {
    int count = 0;
    for (int k = first; k <= last && k - first < LONGEST_NAME; k++) {
      boolean particle = tokens.shape(k) == Shape.LOWER && is(Words.CONNECTOR, k);
      boolean fits = particle
          ? k > first
          : (tokens.shape(k) == Shape.CAPITALISED || tokens.initial(k)) && nameOnly(k);
      if (!fits) {
        break;
      }
      if (!particle) {
        count = k - first + 1;
      }
    }
    return count;
  }
}

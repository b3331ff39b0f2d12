package dev.gazette.analysis;

import dev.gazette.analysis.EntityLexicon.Known;
import dev.gazette.analysis.EntityLexicon.Words;
import dev.gazette.analysis.EntityMentions.Evidence;
import dev.gazette.analysis.EntityPhrases.Match;
import dev.gazette.analysis.EntityTokens.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads the names in one text into an article's {@link EntityMentions}. In order:
 * <ol>
 * <li>Known organisations are looked up word by word, the longest phrase winning. A text with
 *     no lower case (a wire headline) has no case to tell names by: there only a name before a
 *     verb of speech at the start, after a possessive or after a title counts ("U.S. TREASURY'S
 *     BAKER SAYS" names Baker).</li>
 * <li>Titles ("President", "Prime Minister", "leader") count where a person's name follows
 *     them: right after ("Russian President Vladimir Putin"), at the end of what "of" joins to
 *     the title ("Governor of the Bank of England Robin Leigh-Pemberton", "Secretary of
 *     Agriculture Richard Lyng"), or set off by a comma after that ("president of the Brazilian
 *     Coffee Institute, Jorio Dauster, said").</li>
 * <li>The rest falls into chunks: runs of capitalised words joined by spaces, with particles
 *     ("de", "van") inside, split at titles, known organisations, months, weekdays and stop words,
 *     and without a common word that only starts a sentence ("Despite"). A chunk ending in an
 *     organisation word takes in what "of", "for" or "on" joins to it ("Bank of Japan").</li>
 * <li>A name a title marks is a person. A chunk ending in an organisation word is an organisation,
 *     unless all its words are generic ("Finance Ministry"). Otherwise the tail of a chunk made of
 *     a person's words (capitalised, no organisation, generic or place words) may name a person,
 *     from its first given name if it has one inside ("Budget James Miller" is James Miller):
 *     surely so next to a verb of speech ("Jorio Dauster said", "said Kim Jong Un") or when it
 *     starts with a given name, else {@link EntityMentions} judges. One word alone is a person
 *     only when it opens the text before a verb of speech ("Sumita says ...").</li>
 * </ol>
 */
final class EntityReader {

  /** Words that join an organisation word to the rest of its name. */
  private static final Set<String> LINKS = Set.of("of", "for", "on");
  /** Words that join a title to what it is the title of ("Minister of Trade and Industry"). */
  private static final Set<String> TITLE_LINKS = Set.of("of", "for", "the", "and");
  /** How many words after a title and "of" may come before the name it marks. */
  private static final int TITLE_REACH = 10;

  /** Words {@code first..last}; {@code organization} once "of" has joined an organisation word to more. */
  private record Chunk(int first, int last, boolean organization) {
  }

  private final EntityTokens tokens;
  /** What the lexicon and the shapes of the words say of each word. */
  private final EntityWords facts;
  private final EntityMentions out;
  /** Words of known organisations and of titles, which no chunk takes in. */
  private final boolean[] taken;
  /** For words that start a person's name a title marks, how sure that is: right after the title or after "of ...". */
  private final Evidence[] titled;

  private EntityReader(EntityTokens tokens, EntityLexicon lexicon, EntityMentions out) {
    this.tokens = tokens;
    this.facts = new EntityWords(tokens, lexicon);
    this.out = out;
    this.taken = new boolean[tokens.size()];
    this.titled = new Evidence[tokens.size()];
  }

  /** Reads the names in a text, split with {@code lexicon}'s abbreviations, into {@code out}. */
  static void read(EntityTokens tokens, EntityLexicon lexicon, EntityMentions out) {
    new EntityReader(tokens, lexicon, out).read();
  }

  private void read() {
    boolean caseless = tokens.caseless();
    List<int[]> titles = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match<Known> known = EntityPhrases.longest(facts.entry(i).organizations(), tokens, i);
      Match<Boolean> title = caseless || known != null ? null : EntityPhrases.longest(facts.entry(i).titles(), tokens, i);
      if (known != null && (!known.value().ambiguous() || facts.casedNeighbour(i, i + known.length() - 1))) {
        if (!known.value().blocked()) {
          out.organization(known.value().name());
        }
        take(i, i + known.length() - 1, true);
        i += known.length();
      } else if (title != null) {
        titles.add(new int[] {i, i + title.length() - 1});
        take(i, i + title.length() - 1, true);
        i += title.length();
      } else {
        i++;
      }
    }
    if (caseless) {
      readHeadline();
    } else {
      markTitledNames(titles);
      chunks().forEach(this::classify);
    }
  }

  /**
   * In text with no lower case, finds only the names before a verb of speech at the start of the
   * text, after a possessive or after a title: "YEUTTER SAYS ...", "U.S. TREASURY'S BAKER SAYS
   * ...", "U.K. CHANCELLOR LAWSON SAYS ...", written as "Yeutter", "Baker", "Lawson". One word
   * must have four letters or more, so acronyms ("API SAYS") do not count.
   */
  private void readHeadline() {
    for (int verb = 1; verb < tokens.size(); verb++) {
      if (!facts.is(Words.SPEECH, verb) || !tokens.joined(verb - 1) || !headlineWord(verb - 1)) {
        continue;
      }
      int start = verb - 1;
      while (start > 0 && tokens.joined(start - 1) && headlineWord(start - 1)) {
        start--;
      }
      int name = start;
      for (int k = start; k < verb; k++) {
        if (facts.is(Words.TITLE, k)) {
          name = k + 1;
        }
      }
      boolean placed = start == 0 || name > start || tokens.possessive(start - 1);
      int words = verb - name;
      if (placed && words > 0 && words <= 3 && (words > 1 || tokens.word(name).length() >= 4)
          && IntStream.range(name, verb).allMatch(facts::nameOnly)) {
        out.person(capitalised(tokens.span(name, verb - 1)), Evidence.PERSON);
      }
    }
  }

  private boolean headlineWord(int i) {
    String word = tokens.lower(i);
    return nameWord(i) && !facts.entry(i).stop() && !facts.is(Words.COMMON, i) && !word.endsWith("ly")
        && word.chars().allMatch(Character::isLetter);
  }

  /** "LEIGH-PEMBERTON" as "Leigh-Pemberton": upper case only at the start of each word. */
  private static String capitalised(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int c = 0; c < name.length(); c++) {
      char ch = name.charAt(c);
      boolean start = c == 0 || !Character.isLetter(name.charAt(c - 1));
      out.append(start ? ch : Character.toLowerCase(ch));
    }
    return out.toString();
  }

  private void take(int first, int last, boolean taking) {
    for (int k = first; k <= last; k++) {
      taken[k] = taking;
    }
  }

  /**
   * Marks the names that titles mark, from the last title back. A title that marks none and is
   * followed by no title that does goes back to the text ("Mervyn King said", "General Motors Corp").
   */
  private void markTitledNames(List<int[]> titles) {
    boolean[] kept = new boolean[titles.size()];
    for (int t = titles.size() - 1; t >= 0; t--) {
      int last = titles.get(t)[1];
      boolean followed = last + 1 < tokens.size() && tokens.joined(last);
      int name = followed ? nameAfterTitle(last + 1) : -1;
      if (name >= 0) {
        titled[name] = name == last + 1 ? Evidence.TITLE : Evidence.PERSON;
      }
      kept[t] = name >= 0 || followed && t + 1 < titles.size() && titles.get(t + 1)[0] == last + 1 && kept[t + 1];
      if (!kept[t]) {
        take(titles.get(t)[0], last, false);
      }
    }
  }

  /** Where the person's name after a title that ends before word {@code next} starts, or -1. */
  private int nameAfterTitle(int next) {
    if (nameWord(next)) {
      int end = runEnd(next);
      return !organizationWord(end) && linkedStart(end) < 0 && facts.personWords(next, end) > 0 ? next : -1;
    }
    if (tokens.shape(next) != Shape.LOWER || !TITLE_LINKS.contains(tokens.word(next))) {
      return -1;
    }
    int end = next;
    while (end + 1 < tokens.size() && end + 1 - next < TITLE_REACH && tokens.joined(end)
        && (taken[end + 1] || nameWord(end + 1) || tokens.shape(end + 1) == Shape.LOWER)) {
      end++;
    }
    if (nameWord(end)) {
      int start = end;
      while (start > next && nameWord(start - 1) && tokens.joined(start - 1)) {
        start--;
      }
      int tail = facts.personTail(start, end);
      if (tail >= 0 && !organizationWord(end)) {
        return facts.givenNameStart(tail, end);
      }
    }
    boolean apposition = end + 1 < tokens.size() && tokens.comma(end) && nameWord(end + 1);
    return apposition && facts.personWords(end + 1, runEnd(end + 1)) == runEnd(end + 1) - end ? end + 1 : -1;
  }

  /** The last word of the run of name words that starts at word {@code first}. */
  private int runEnd(int first) {
    int last = first;
    while (last + 1 < tokens.size() && tokens.joined(last) && (nameWord(last + 1) || connectorBeforeName(last + 1))) {
      last++;
    }
    return last;
  }

  /**
   * The chunks of the text: runs of name words, and organisations joined across "of", "for" or
   * "on" to the run after ("Bank of Japan", "Council of Ministers").
   */
  private List<Chunk> chunks() {
    List<Chunk> chunks = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!nameWord(i) || tokens.sentenceStart(i) && common(i)) {
        i++;
        continue;
      }
      int last = runEnd(i);
      Chunk previous = chunks.isEmpty() ? null : chunks.getLast();
      if (previous != null && (linkedStart(previous.last()) == i || firmOfPartners(previous, i, last))) {
        chunks.set(chunks.size() - 1, new Chunk(previous.first(), last, true));
      } else {
        chunks.add(new Chunk(i, last, false));
      }
      i = last + 1;
    }
    return chunks;
  }

  /**
   * Whether a short name ending in an organisation word, at words {@code first..last}, is the end
   * of a firm named for partners, after "and" or "&amp;": "Merrill Lynch and Co", "American
   * Telephone and Telegraph Co", "Food and Drug Administration", "AT&amp;T Corp".
   */
  private boolean firmOfPartners(Chunk previous, int first, int last) {
    int before = previous.last();
    boolean and = first == before + 2 && tokens.lower(before + 1).equals("and")
        && tokens.joined(before) && tokens.joined(before + 1);
    boolean ampersand = first == before + 1 && tokens.ampersand(before);
    return (and || ampersand) && organizationWord(last) && last - first < 2
        && !previous.organization() && !organizationWord(before) && before - previous.first() < 3;
  }

  /** Whether word {@code i}, at the start of a sentence, is a common word there ("Despite", "Adding"). */
  private boolean common(int i) {
    String word = tokens.lower(i);
    return facts.is(Words.COMMON, i) || word.length() > 5 && word.endsWith("ing");
  }

  /**
   * Where the words after "of", "for" or "on" (and maybe "the") would start, when word
   * {@code last} is an organisation word; else -1.
   */
  private int linkedStart(int last) {
    if (!organizationWord(last) || last + 2 >= tokens.size() || !tokens.joined(last)
        || !LINKS.contains(tokens.word(last + 1)) || !tokens.joined(last + 1)) {
      return -1;
    }
    int next = last + 2;
    return tokens.word(next).equals("the") && next + 1 < tokens.size() && tokens.joined(next) ? next + 1 : next;
  }

  private boolean nameWord(int i) {
    if (taken[i]) {
      return false;
    }
    Shape shape = tokens.shape(i);
    boolean acronym = shape == Shape.UPPER && tokens.lower(i).length() > 1;
    return (shape == Shape.CAPITALISED || shape == Shape.UPPER)
        && (acronym || !facts.entry(i).stop()) && !facts.is(Words.BREAK, i);
  }

  /** Whether word {@code i} is a particle that, maybe with more particles, joins a name word after it ("de la Madrid"). */
  private boolean connectorBeforeName(int i) {
    return tokens.shape(i) == Shape.LOWER && facts.is(Words.CONNECTOR, i)
        && i + 1 < tokens.size() && tokens.joined(i) && (nameWord(i + 1) || connectorBeforeName(i + 1));
  }

  private boolean organizationWord(int i) {
    return facts.is(Words.ORGANIZATION, i);
  }

  private void classify(Chunk chunk) {
    for (int k = chunk.first(); k <= chunk.last(); k++) {
      int words = titled[k] != null ? facts.personWords(k, chunk.last()) : 0;
      if (words > 0) {
        out.person(tokens.span(k, k + words - 1), titled[k]);
        return;
      }
    }
    if (chunk.organization() || organizationWord(chunk.last())) {
      organization(chunk);
      return;
    }
    int first = facts.personTail(chunk.first(), chunk.last());
    if (first < 0) {
      return;
    }
    first = facts.givenNameStart(first, chunk.last());
    String name = tokens.span(first, chunk.last());
    boolean opening = first == 0 && facts.speechAfter(first) && name.length() >= 4;
    out.person(name, name.indexOf(' ') >= 0 ? facts.evidence(first, chunk.last(), first == chunk.first())
        : opening ? Evidence.PERSON : Evidence.WORD);
  }

  private void organization(Chunk chunk) {
    boolean specific = false;
    for (int k = chunk.first(); k <= chunk.last(); k++) {
      specific |= tokens.shape(k) != Shape.LOWER && !facts.is(Words.GENERIC, k) && !facts.is(Words.ORGANIZATION, k);
    }
    if (specific) {
      out.organization(tokens.span(chunk.first(), chunk.last()));
    }
  }

}

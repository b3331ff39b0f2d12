package dev.gazette.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * What {@link EntityExtractor} knows about words: the word lists of {@code entity-words.txt}
 * (titles, organisation words, months, ...) and the well-known organisations of
 * {@code entity-organizations.txt} with their other names and acronyms. The formats are
 * described at the top of each file. Built once, then only read: safe to share between threads.
 */
final class EntityLexicon {

  /** The word lists file that ships with Gazette. */
  static final String WORDS_RESOURCE = "entity-words.txt";

  /** The given names file that ships with Gazette, in the format of the word lists file. */
  static final String GIVEN_NAMES_RESOURCE = "entity-given-names.txt";

  /** The known organisations file that ships with Gazette. */
  static final String ORGANIZATIONS_RESOURCE = "entity-organizations.txt";

  /** The word lists, each named in the words file by its lower-case name. */
  enum Words {
    /** Honorifics, titles and roles that mark the name after them as a person's ("President", "leader"); phrases. */
    TITLE,
    /** Words or phrases that a person's name follows ("said", "according to"). */
    CUE,
    /** Verbs of speech that follow a person's name ("said", "told"). */
    SPEECH,
    /** Words that end the name of an organisation ("Bank", "Corp", "Council"). */
    ORGANIZATION,
    /** Words that name no one organisation on their own ("Finance", "Central"). */
    GENERIC,
    /** Words that name places, never people ("Street", "River", "East"). */
    PLACE,
    /** Capitalised words that are never part of a name: months, weekdays. */
    BREAK,
    /** Words that are capitalised at the start of a sentence but name nothing ("Despite", "Analysts"). */
    COMMON,
    /** Lower-case particles inside names ("de", "van", "bin"). */
    CONNECTOR,
    /** Words whose full stop ends no sentence ("Mr", "Co"). */
    ABBREVIATION,
    /** Given names, which start a person's name ("James", "Kiichi"). */
    GIVEN
  }

  /**
   * What a known organisation phrase names.
   *
   * @param name      the organisation's canonical name, or null for a phrase that names none
   * @param ambiguous whether the phrase names it only next to words in lower case (an acronym
   *                  that is also a word, such as "WHO"; written with a leading '?')
   */
  record Known(String name, boolean ambiguous) {

    /** Whether the phrase names no organisation ("Soviet Union"). */
    boolean blocked() {
      return name == null;
    }
  }

  /** The bit of {@link Entry#lists} that marks an English stop word, above the bits of the word lists. */
  static final int STOP = 1 << 30;

  /**
   * What the lexicon knows of one word in lower case, found with one lookup.
   *
   * @param lists         the bits ({@code 1 << ordinal}) of the word lists the word is on, and {@link #STOP}
   * @param titles        the titles it starts, longest first
   * @param organizations the names of known organisations it starts, longest first
   */
  record Entry(int lists, List<EntityPhrases.Phrase<Boolean>> titles, List<EntityPhrases.Phrase<Known>> organizations) {

    /** The entry of a word the lexicon does not know. */
    static final Entry NONE = new Entry(0, List.of(), List.of());

    /** Whether the word is on word list {@code list}. */
    boolean on(Words list) {
      return (lists & 1 << list.ordinal()) != 0;
    }

    /** Whether the word is an English stop word ("the", "of"). */
    boolean stop() {
      return (lists & STOP) != 0;
    }
  }

  /** The lists whose words, standing alone, never name a person. */
  private static final Predicate<Entry> NOT_A_NAME = entry -> !entry.titles().isEmpty()
      || entry.on(Words.ORGANIZATION) || entry.on(Words.GENERIC) || entry.on(Words.PLACE)
      || entry.on(Words.COMMON) || entry.on(Words.BREAK);
  /** A company written as one word: "Citicorp", "GenCorp", "Citibank", "BankAmerica". */
  private static final Pattern COMPANY_WORD = Pattern.compile("\\p{L}{2,}(corp|bank|bancorp)|bank\\p{L}{3,}");

  private static final Pattern LINE = Pattern.compile("([^:]*[^:\\s])\\s*(?::(.*))?");

  private final Set<String> abbreviations;
  /** Every word the lexicon knows, in lower case: on a list, a stop word, or the first word of a phrase. */
  private final Map<String, Entry> entries = new HashMap<>();

  private EntityLexicon(Map<Words, Set<String>> words, EntityPhrases<Boolean> titles, EntityPhrases<Known> organizations) {
    this.abbreviations = words.get(Words.ABBREVIATION);
    Map<String, Integer> lists = new HashMap<>();
    words.forEach((list, items) -> items.forEach(item -> lists.merge(item, 1 << list.ordinal(), (a, b) -> a | b)));
    for (Object stop : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      lists.merge(new String((char[]) stop), STOP, (a, b) -> a | b);
    }
    Set<String> known = new HashSet<>(lists.keySet());
    known.addAll(titles.firstWords());
    known.addAll(organizations.firstWords());
    known.forEach(word -> entries.put(word,
        new Entry(lists.getOrDefault(word, 0), titles.startingWith(word), organizations.startingWith(word))));
  }

  /** The lexicon that ships with Gazette. */
  static EntityLexicon standard() {
    return parse(
        Map.of(WORDS_RESOURCE, resource(WORDS_RESOURCE), GIVEN_NAMES_RESOURCE, resource(GIVEN_NAMES_RESOURCE)),
        resource(ORGANIZATIONS_RESOURCE));
  }

  private static List<String> resource(String name) {
    try (InputStream in = EntityLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + EntityLexicon.class);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /**
   * Builds a lexicon from the lines of word list files, by file name, and of an organisations file.
   *
   * @throws IllegalArgumentException naming the first line that fits no format or names no list
   * @throws IllegalStateException    if one phrase names two organisations
   */
  static EntityLexicon parse(Map<String, List<String>> wordFiles, List<String> organizationLines) {
    Map<Words, Set<String>> words = new EnumMap<>(Words.class);
    for (Words list : Words.values()) {
      words.put(list, new HashSet<>());
    }
    EntityPhrases<Boolean> titles = new EntityPhrases<>();
    wordFiles.forEach((file, lines) -> forEachLine(file, lines, (key, items, where) -> {
      Words list = Arrays.stream(Words.values()).filter(w -> w.name().equalsIgnoreCase(key)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(where + " names no word list: '" + key
              + "' (one of " + Arrays.toString(Words.values()).toLowerCase(Locale.ROOT) + ")"));
      items.forEach(item -> words.get(list).add(item.toLowerCase(Locale.ROOT)));
      if (list == Words.TITLE) {
        items.forEach(item -> titles.add(item.toLowerCase(Locale.ROOT), true));
      }
    }));
    words.replaceAll((list, set) -> Set.copyOf(set));
    EntityPhrases<Known> organizations = new EntityPhrases<>();
    forEachLine(ORGANIZATIONS_RESOURCE, organizationLines, (key, items, where) -> {
      String name = key.equals("-") ? null : key;
      if (name != null) {
        organizations.add(name, new Known(name, false));
      }
      items.forEach(item -> {
        boolean ambiguous = item.startsWith("?");
        organizations.add(ambiguous ? item.substring(1).strip() : item, new Known(name, ambiguous));
      });
    });
    return new EntityLexicon(words, titles, organizations);
  }

  private interface LineHandler {
    void accept(String key, List<String> items, String where);
  }

  /** Feeds each 'key: item, item, ...' or 'key' line to {@code handler}, skipping blank and '#' lines. */
  private static void forEachLine(String resource, List<String> lines, LineHandler handler) {
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      String where = resource + " line " + (n + 1);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(where + " is not 'name: item, item, ...': " + line);
      }
      List<String> items = Pattern.compile(",").splitAsStream(Objects.toString(matcher.group(2), ""))
          .map(String::strip).filter(item -> !item.isEmpty()).toList();
      handler.accept(matcher.group(1).strip(), items, where);
    }
  }

  /** Whether {@code word}, written in lower case, is on word list {@code list}. */
  boolean is(Words list, String word) {
    return entry(word).on(list);
  }

  /**
   * Whether a name found where a person's could stand is no one's name: a lone word that is a
   * title, an organisation, generic, place or common word ("President", "Organisations",
   * "Technology") or a company written as one word ("Citicorp", "Citibank"); a name ending in an
   * organisation or generic word ("Merrill Lynch Capital", "Federal Reserve"); or a name made
   * only of title and generic words ("Prime Minister", "Vice Chairman").
   *
   * @param words the name's words as written
   */
  boolean namesNoOne(List<String> words) {
    if (words.size() == 1) {
      String word = lower(words.getFirst());
      String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
      return word.indexOf('.') >= 0 || NOT_A_NAME.test(entry(word)) || NOT_A_NAME.test(entry(singular))
          || COMPANY_WORD.matcher(word).matches();
    }
    Entry last = entry(lower(words.getLast()));
    if (last.on(Words.ORGANIZATION) || last.on(Words.GENERIC)) {
      return true;
    }
    for (String word : words) {
      Entry entry = entry(lower(word));
      if (entry.titles().isEmpty() && !entry.on(Words.GENERIC)) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** What the lexicon knows of {@code word}, written in lower case; {@link Entry#NONE} for nothing. */
  Entry entry(String word) {
    return entries.getOrDefault(word, Entry.NONE);
  }

  /** The words whose full stop ends no sentence, in lower case. */
  Set<String> abbreviations() {
    return abbreviations;
  }
}

package dev.gazette.analysis;

import dev.gazette.analysis.CountryPhrases.Match;
import dev.gazette.analysis.CountryPhrases.Meaning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Finds the countries an article mentions, so that countries become a facet with no configuration.
 *
 * <p>Names come from the JDK's ISO 3166 country list: a country's canonical name is its English
 * display name ("United States", "North Korea", "Russia", "Côte d’Ivoire"), except for the few
 * the alias file renames ("Myanmar" for "Myanmar (Burma)", "Hong Kong" for "Hong Kong SAR China").
 * The JDK names, also with "and" for "&amp;" and "Saint" for "St.", are joined by the aliases in
 * {@code country-aliases.txt}: demonyms ("North Korean"), acronyms ("DPRK", "U.S."), capitals
 * and seats of government ("Pyongyang", "White House", "Kremlin"), and old names ("Burma",
 * "West Germany", "Soviet Union" for Russia, "Zaire").
 *
 * <p>A text is split into words once (see {@link CountryTokens}: possessives and hyphens come
 * apart, "Russia's" and "Russian-controlled" both name Russia) and each word is looked up in a
 * tree of phrases, the longest phrase winning, so "North Korea" is not also a bare "Korea" and
 * "New Mexico" is not Mexico. It is built for precision:
 * <ul>
 * <li>Case matters: "us", "china", "turkey" and "chad" in lower case are no countries; ALL-CAPS
 *     words match too, so wire headlines such as "U.K. MONEY MARKET" or "JAPAN" are read.
 *     A capitalised common word at the start of a sentence ("Turkey sandwiches...") is taken for
 *     the country.</li>
 * <li>Names that are too often something else are left out: bare "Korea" (North or South?),
 *     "Korean", "Congo" (which of two?) and "Georgia" (as often the US state), which counts only
 *     as "Republic of Georgia" or "Tbilisi". Phrases like "Latin America", "Gulf of Mexico"
 *     and "U.S. dollar" (the world's currency, not a mention of the United States) name
 *     nothing.</li>
 * <li>A few names marked ambiguous ("Washington", "Jordan", "Chad", "Paris", "Jersey") count
 *     only when they stand alone, not next to another capitalised word other than a stop word
 *     ("Michael Jordan", "Washington Post", "Paris Club" do not count; "in Washington",
 *     "Jordan's King Abdullah" and "Israel, Jordan and Egypt" do). In ALL-CAPS text this cue is
 *     not available and they count. "Washington" counts even as the US state: it is in the
 *     United States all the same.</li>
 * </ul>
 *
 * <p>Cost: one pass of Lucene's {@code StandardTokenizer} and a hash lookup per word, the pass
 * shared with the {@link EntityExtractor} when both read an article ({@link MentionFinder}).
 * Thread-safe, and its answers never change (it only remembers which names are places); build
 * it once with {@link #standard()}.
 */
public final class CountryGazetteer {

  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private static final class Standard {
    static final CountryGazetteer INSTANCE = load(CountryAliasFile.standard());
  }

  /** How many answers of {@link #namesPlace} are kept before they are forgotten, to bound the memory. */
  private static final int MAX_PLACES = 50_000;

  private final List<String> names;
  private final CountryPhrases phrases;
  private final Map<String, Boolean> places = new ConcurrentHashMap<>();

  private CountryGazetteer(List<String> names, CountryPhrases phrases) {
    this.names = names;
    this.phrases = phrases;
  }

  /** The gazetteer of all ISO 3166 countries with the aliases that ship with Gazette; built on first use, then shared. */
  public static CountryGazetteer standard() {
    return Standard.INSTANCE;
  }

  /**
   * Builds a gazetteer from the JDK's country list and an alias file.
   *
   * @throws IllegalStateException if the file names an unknown code or gives one phrase to two countries
   */
  static CountryGazetteer load(CountryAliasFile file) {
    Set<String> unknown = new TreeSet<>(file.aliases().keySet());
    unknown.addAll(file.names().keySet());
    List<String> names = new ArrayList<>();
    CountryPhrases phrases = new CountryPhrases();
    for (String code : Locale.getISOCountries()) {
      unknown.remove(code);
      String jdkName = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
      String name = file.names().getOrDefault(code, jdkName);
      Meaning plain = new Meaning(names.size(), false);
      names.add(name);
      Stream.concat(spellings(jdkName), Stream.of(name)).forEach(phrase -> phrases.add(phrase, plain));
      file.aliases().getOrDefault(code, List.of())
          .forEach(alias -> phrases.add(alias.phrase(), new Meaning(plain.country(), alias.ambiguous())));
    }
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(CountryAliasFile.RESOURCE + " names codes that are no ISO 3166 country: " + unknown);
    }
    file.blocked().forEach(phrase -> phrases.add(phrase, new Meaning(Meaning.BLOCKED, false)));
    return new CountryGazetteer(List.copyOf(names), phrases);
  }

  /** A JDK name as written, with "and" for "&amp;" and with "Saint" for "St.". */
  private static Stream<String> spellings(String jdkName) {
    return Stream.of(jdkName, jdkName.replace(" & ", " and "))
        .flatMap(name -> Stream.of(name, name.replace("St. ", "Saint ")))
        .distinct();
  }

  /**
   * The countries mentioned in a text.
   *
   * @param text any text; null counts as empty
   * @return distinct canonical country names in order of first mention
   */
  public List<String> countriesIn(String text) {
    return countriesIn(new String[] {text});
  }

  /**
   * The countries mentioned in several texts read in turn, such as an article's title, summary
   * and body.
   *
   * @param texts the texts; null texts count as empty
   * @return distinct canonical country names in order of first mention across the texts
   */
  public List<String> countriesIn(String... texts) {
    Objects.requireNonNull(texts, "texts");
    Countries countries = new Countries();
    for (String text : texts) {
      if (text != null) {
        countries.read(CountryTokens.of(text));
      }
    }
    return countries.names();
  }

  /**
   * Whether a name, read alone, mentions a country ("North Korea", "White House", "Kremlin").
   * The answers are kept, since the same names come up in article after article.
   */
  boolean namesPlace(String name) {
    Boolean known = places.get(name);
    if (known == null) {
      if (places.size() >= MAX_PLACES) {
        places.clear();
      }
      known = !countriesIn(name).isEmpty();
      places.put(name, known);
    }
    return known;
  }

  /** The countries of one article, gathered text by text in reading order. Not shared between threads. */
  final class Countries {
    private final boolean[] seen = new boolean[names.size()];
    private final List<String> found = new ArrayList<>();

    /** Adds the countries of the next text. */
    void read(CountryTokens tokens) {
      int i = 0;
      while (i < tokens.size()) {
        Match match = phrases.longest(tokens, i);
        if (match == null) {
          i++;
          continue;
        }
        Meaning meaning = match.meaning();
        if (!meaning.blocked() && !seen[meaning.country()]
            && (!meaning.ambiguous() || standsAlone(tokens, i, i + match.length() - 1))) {
          seen[meaning.country()] = true;
          found.add(names.get(meaning.country()));
        }
        i += match.length();
      }
    }

    /** The distinct canonical country names read so far, in order of first mention. */
    List<String> names() {
      return List.copyOf(found);
    }
  }

  /** Whether words {@code first..last} are not part of a longer capitalised name. */
  private static boolean standsAlone(CountryTokens tokens, int first, int last) {
    if (allCaps(tokens.term(first))) {
      return true;
    }
    boolean namedBefore = first > 0 && tokens.spaced(first - 1) && nameWord(tokens.term(first - 1));
    boolean namedAfter = last + 1 < tokens.size() && !tokens.possessive(last)
        && tokens.spaced(last) && nameWord(tokens.term(last + 1));
    return !namedBefore && !namedAfter;
  }

  private static boolean nameWord(String term) {
    return Character.isUpperCase(term.charAt(0)) && !STOP_WORDS.contains(term.toLowerCase(Locale.ROOT));
  }

  private static boolean allCaps(String term) {
    return term.chars().noneMatch(Character::isLowerCase);
  }
}

package dev.gazette.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Finds the countries, people and organisations one article mentions, as
 * {@link CountryGazetteer#countriesIn} and {@link EntityExtractor#extract} find them, but splitting
 * each text into words once for both: the split is most of what either costs. Thread-safe.
 */
public final class MentionFinder {

  /**
   * What an article mentions.
   *
   * @param countries     distinct canonical country names in order of first mention
   * @param people        distinct people by their fullest name, in order of first mention
   * @param organizations distinct organisations by canonical or written name, in order of first mention
   */
  public record Mentions(List<String> countries, List<String> people, List<String> organizations) {

    /** Copies the lists, so an instance never changes. */
    public Mentions {
      countries = List.copyOf(countries);
      people = List.copyOf(people);
      organizations = List.copyOf(organizations);
    }
  }

  private final CountryGazetteer gazetteer;
  private final EntityExtractor extractor;

  /** A finder of the countries {@code gazetteer} finds and the names {@code extractor} finds. */
  public MentionFinder(CountryGazetteer gazetteer, EntityExtractor extractor) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** A finder with the word lists that ship with Gazette (loaded on first use, then shared). */
  public static MentionFinder standard() {
    return new MentionFinder(CountryGazetteer.standard(), EntityExtractor.standard());
  }

  /**
   * The mentions in the texts of one article read in turn (title, summary, body), and the
   * countries its references name after them: references name places, not people.
   *
   * @param references text read for countries only, or null
   * @param texts      the texts; null texts count as empty
   * @return the same lists as {@code countriesIn(texts..., references)} and {@code extract(texts...)}
   */
  public Mentions find(String references, String... texts) {
    Objects.requireNonNull(texts, "texts");
    CountryGazetteer.Countries countries = gazetteer.new Countries();
    EntityMentions names = extractor.mentions();
    for (String text : texts) {
      if (text != null && !text.isEmpty()) {
        EntityTokens words = extractor.tokens(text);
        countries.read(CountryTokens.of(words));
        extractor.read(words, names);
      }
    }
    if (references != null) {
      countries.read(CountryTokens.of(references));
    }
    Entities entities = names.resolve();
    return new Mentions(countries.names(), entities.people(), entities.organizations());
  }
}

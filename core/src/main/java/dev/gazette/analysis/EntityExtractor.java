package dev.gazette.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Finds the people and organisations an article mentions, so that they become facets with no
 * configuration and no model to download: rules over capitalised words, built for precision.
 *
 * <ul>
 * <li>People: capitalised names after a title or honorific ("Russian President Vladimir Putin",
 *     "North Korean leader Kim Jong Un", "Mr. Smith"), next to a verb of speech ("Jorio Dauster
 *     said", "said Kim Jong Un") or starting with a common given name; a name of several words
 *     with none of these counts when its surname also stands alone in the article ("Hugo
 *     Paemen ... Paemen said"). Later mentions by surname are the same person ("Putin" after
 *     "Vladimir Putin"), named by the longest form. Countries and their demonyms, capitals and
 *     seats of government ({@link CountryGazetteer}) are no people unless a title marks them
 *     ("President Miguel de la Madrid"); months and weekdays never are.</li>
 * <li>Organisations: well-known ones by any of their names or acronyms, under one canonical
 *     name ("IMF" and "International Monetary Fund" are "International Monetary Fund"; "EC" is
 *     "European Community"), and runs of capitalised words that end in an organisation word
 *     ("Standard Oil Co", "Tokyo Stock Exchange", "Bank of Japan"), unless all their words are
 *     generic ("Finance Ministry").</li>
 * <li>Text with no lower case, such as a wire headline, has no case to tell names by: there
 *     only known organisations count, and a name before a verb of speech at the start, after a
 *     possessive or after a title ("U.S. TREASURY'S BAKER SAYS" names Baker).</li>
 * </ul>
 *
 * <p>Measured against the Reuters-21578 annotations (see {@code EntityAgreementTest}), people
 * come out with recall 0.92 and organisations 0.99; precision is 0.83 and 0.85 over the names
 * Reuters has codes for, and about 0.53 and 0.57 over all extracted, a lower bound since Reuters
 * annotates few of the people and none of the companies its articles name.
 *
 * <p>The word lists are {@code entity-words.txt}, {@code entity-given-names.txt} and
 * {@code entity-organizations.txt}. Cost: one pass of Lucene's {@code StandardTokenizer} and hash
 * lookups per word, the pass shared with the {@link CountryGazetteer} when both read an article
 * ({@link MentionFinder}). Immutable and thread-safe; build it once with {@link #standard()}.
 */
public final class EntityExtractor {

  private static final class Standard {
    static final EntityExtractor INSTANCE = new EntityExtractor(EntityLexicon.standard(), CountryGazetteer.standard());
  }

  private final EntityLexicon lexicon;
  private final CountryGazetteer countries;

  EntityExtractor(EntityLexicon lexicon, CountryGazetteer countries) {
    this.lexicon = lexicon;
    this.countries = countries;
  }

  /** The extractor with the word lists that ship with Gazette; built on first use, then shared. */
  public static EntityExtractor standard() {
    return Standard.INSTANCE;
  }

  /**
   * The people and organisations mentioned in the texts of one article read in turn, such as its
   * title, summary and body.
   *
   * @param texts the texts; null texts count as empty
   * @return distinct people and organisations, each in order of first mention across the texts
   */
  public Entities extract(String... texts) {
    Objects.requireNonNull(texts, "texts");
    EntityMentions mentions = mentions();
    for (String text : texts) {
      if (text != null) {
        read(tokens(text), mentions);
      }
    }
    return mentions.resolve();
  }

  /** Splits a text into words as this extractor reads them. */
  EntityTokens tokens(String text) {
    return EntityTokens.of(text, lexicon.abbreviations());
  }

  /** Starts gathering the mentions of one article. */
  EntityMentions mentions() {
    return new EntityMentions(countries::namesPlace, lexicon::namesNoOne);
  }

  /** Reads the names of one text of an article, split by {@link #tokens}, into its mentions. */
  void read(EntityTokens tokens, EntityMentions mentions) {
    EntityReader.read(tokens, lexicon, mentions);
  }
}

package dev.gazette.analysis;

import java.util.List;

/** Placeholder until the gazetteer lands. */
public final class CountryGazetteer {
  private static final CountryGazetteer STANDARD = new CountryGazetteer();

  /** The shared instance. */
  public static CountryGazetteer standard() {
    return STANDARD;
  }

  /** Countries mentioned. */
  public List<String> countriesIn(String... texts) {
    return List.of();
  }
}

package dev.gazette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryGazetteerTest {

  private static final CountryGazetteer GAZETTEER = CountryGazetteer.standard();

  @Test
  void seedArticleNamesExactlyItsSixCountriesInOrderOfFirstMention() throws IOException {
    String article = Files.readString(Path.of("..", "seeds", "000_0388dada9763fdad.txt"));

    assertEquals(List.of("Russia", "North Korea", "Ukraine", "United States", "China", "Iran"),
        GAZETTEER.countriesIn(article));
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      # Case tells names from common words
      let us know what you think                    |
      fine china and porcelain                      |
      a turkey sandwich                             |
      jordan and chad in lower case                 |
      the US economy                                | United States
      U.S. officials said                           | United States
      talks between the USA and Canada              | United States;Canada
      # ALL-CAPS wire headlines
      BAHIA COCOA REVIEW                            |
      U.K. MONEY MARKET SHORTAGE FORECAST           | United Kingdom
      JAPAN RAISES DISCOUNT RATE                    | Japan
      US TRADE DEFICIT WIDENS                       | United States
      NORTH KOREA TESTS MISSILE                     | North Korea
      # Longest match first
      North Korea                                   | North Korea
      South Korean exporters                        | South Korea
      the Korean peninsula and Korea                |
      Guinea-Bissau                                 | Guinea-Bissau
      Papua New Guinea                              | Papua New Guinea
      American Samoa                                | American Samoa
      Northern Ireland                              | United Kingdom
      British Columbia                              | Canada
      New Mexico and New Jersey                     |
      Latin America and the Gulf of Mexico          |
      Mexico City                                   | Mexico
      priced in U.S. dollars                        |
      St. Lucia and the U.S. Virgin Islands         | St. Lucia;U.S. Virgin Islands
      talks in the North. Korea was not invited     |
      # Possessives and hyphens
      Russia's Far East                             | Russia
      Russia’s Far East                             | Russia
      Russian-controlled regions                    | Russia
      the North Korea-Russia Summit                 | North Korea;Russia
      U.S.-China trade                              | United States;China
      # Demonyms, capitals, seats of government, old and other names
      North Korean laborers in Pyongyang            | North Korea
      the DPRK                                      | North Korea
      Democratic People's Republic of Korea         | North Korea
      People's Republic of China                    | China
      Republic of China                             | Taiwan
      the White House and the Kremlin               | United States;Russia
      Kyiv and Kiev                                 | Ukraine
      Chinese and Iranian diplomats                 | China;Iran
      Burma                                         | Myanmar
      Holland and the Dutch                         | Netherlands
      Ivory Coast                                   | Côte d’Ivoire
      Cote d'Ivoire                                 | Côte d’Ivoire
      West Germany and East Germany                 | Germany
      the Soviet Union                              | Russia
      Trinidad and Tobago                           | Trinidad & Tobago
      Saint Lucia                                   | St. Lucia
      # Ambiguous names count only when they stand alone
      Georgia                                       |
      talks in Tbilisi                              | Georgia
      the Washington Post reported                  |
      talks in Washington                           | United States
      in Seattle, Washington                        | United States
      Michael Jordan scored                         |
      Jordan's King Abdullah                        | Jordan
      Israel, Jordan and Egypt                      | Israel;Jordan;Egypt
      Chad Smith played                             |
      troops in northern Chad                       | Chad
      the Paris Club of creditors                   |
      a meeting in Paris                            | France
      """)
  void findsCountries(String text, String expected) {
    List<String> countries = expected == null ? List.of() : Arrays.asList(expected.split(";"));

    assertEquals(countries, GAZETTEER.countriesIn(text));
  }

  @Test
  void turkeyIsNamedAsTheJdkNamesIt() {
    String turkey = Locale.of("", "TR").getDisplayCountry(Locale.ENGLISH);

    assertEquals(List.of(turkey), GAZETTEER.countriesIn("Turkey and the Turkish lira"));
    assertEquals(List.of(turkey), GAZETTEER.countriesIn("Türkiye"));
  }

  @Test
  void severalTextsAreReadInTurnAndNullOnesSkipped() {
    assertEquals(List.of("Japan", "Russia", "China"),
        GAZETTEER.countriesIn("JAPAN RAISES RATES", null, "Tokyo talks with Russia and China", "Japan"));
    assertEquals(List.of(), GAZETTEER.countriesIn((String) null));
  }

  @Test
  void standardGazetteerIsBuiltOnce() {
    assertSame(GAZETTEER, CountryGazetteer.standard());
  }

  @Test
  void malformedAliasLineIsReportedWithItsNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CountryAliasFile.parse(List.of("# comment", "KP North Korean")));

    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void aliasForAnUnknownCodeIsRejected() {
    CountryAliasFile file = CountryAliasFile.parse(List.of("XX: Ruritania"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CountryGazetteer.load(file));
    assertTrue(e.getMessage().contains("XX"), e.getMessage());
  }

  @Test
  void aliasNamingTwoCountriesIsRejected() {
    CountryAliasFile file = CountryAliasFile.parse(List.of("FR: Gallia", "IT: Gallia"));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> CountryGazetteer.load(file));
    assertTrue(e.getMessage().contains("Gallia"), e.getMessage());
  }

  /** Reuters' own place annotations: most articles filed under a country name it. */
  @Test
  void agreesWithReutersPlacesForBigCountries() throws IOException {
    Path corpus = sharedFolder().resolve("data/reuters21578/reuters21578.jsonl.gz");
    Assumptions.assumeTrue(Files.isRegularFile(corpus), "Reuters-21578 not found at " + corpus + "; skipping");
    Map<String, String> places = Map.of("japan", "Japan", "brazil", "Brazil", "china", "China",
        "ussr", "Russia", "iran", "Iran", "west-germany", "Germany");
    Map<String, int[]> found = new HashMap<>(); // place -> {articles, articles naming it}
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      lines.lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).forEach(article -> {
        List<String> named = GAZETTEER.countriesIn(text(article, "title"), text(article, "body"));
        article.getAsJsonArray("places").asList().stream().map(JsonElement::getAsString)
            .filter(places::containsKey).forEach(place -> {
              int[] counts = found.computeIfAbsent(place, p -> new int[2]);
              counts[0]++;
              counts[1] += named.contains(places.get(place)) ? 1 : 0;
            });
      });
    }
    places.keySet().forEach(place -> {
      int[] counts = found.get(place);
      assertTrue(counts[1] >= 0.8 * counts[0],
          place + ": only " + counts[1] + " of " + counts[0] + " articles name " + places.get(place));
    });
  }

  private static String text(JsonObject article, String field) {
    JsonElement value = article.get(field);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  private static Path sharedFolder() {
    return Path.of(Optional.ofNullable(System.getProperty("gazette.shared"))
        .or(() -> Optional.ofNullable(System.getenv("GAZETTE_SHARED")))
        .orElse("../../shared"));
  }
}

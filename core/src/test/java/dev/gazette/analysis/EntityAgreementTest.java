package dev.gazette.analysis;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.TestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Measures {@link EntityExtractor} against the people and organisation annotations of
 * Reuters-21578, and fails if precision or recall falls below what it reached when last tuned.
 *
 * <p>Reuters annotates with lower-case codes: people by surname, or by more of the name where
 * a surname is shared ("reagan", "james-baker", "de-clercq", "deng-xiaoping"), organisations
 * by acronym ("imf", "ec", "worldbank"). An extracted person maps to the longest tail of its
 * name words that is a Reuters code ("Karl Otto Poehl" to "poehl"), else to all its words
 * joined by '-'; an extracted organisation maps through the table below, else to its name in
 * lower case.
 *
 * <p>The annotations are sparse: 269 people and 56 intergovernmental organisations in all, given
 * to an article when it is about them, and most of the 21,578 articles have none although they
 * name people and companies. So recall is measured over the articles that have annotations of
 * the kind, and precision two ways, both lower bounds: over all that is extracted from those
 * articles, and over only the extracted names that are Reuters codes at all (a name Reuters has
 * no code for can never agree with it). Articles with no annotation of the kind count in neither;
 * for them only the number of Reuters codes extracted is printed (each a miss of the annotators
 * or a mistake of the extractor). Each article is read as its title and body; the titles are in
 * ALL CAPS and many articles are a title only.
 */
class EntityAgreementTest {

  /** Canonical organisation names and the Reuters code each stands for. */
  private static final Map<String, String> ORGANIZATION_CODES = Map.ofEntries(
      entry("African Development Bank", "adb-africa"),
      entry("Agency for International Development", "aid"),
      entry("Asian Development Bank", "adb-asia"),
      entry("Association of International Bond Dealers", "aibd"),
      entry("Association of Natural Rubber Producing Countries", "anrpc"),
      entry("Association of South East Asian Nations", "asean"),
      entry("Association of Tin Producing Countries", "atpc"),
      entry("Bank for International Settlements", "bis"),
      entry("Intergovernmental Council of Copper Exporting Countries", "cipec"),
      entry("Council for Mutual Economic Assistance", "comecon"),
      entry("European Community", "ec"),
      entry("European Commission", "ec"),
      entry("EC Council of Ministers", "ec"),
      entry("European Union", "ec"),
      entry("European Parliament", "ec"),
      entry("Economic Commission for Africa", "eca"),
      entry("Economic Commission for Europe", "ece"),
      entry("Economic Commission for Latin America and the Caribbean", "ecla"),
      entry("European Coal and Steel Community", "ecsc"),
      entry("European Free Trade Association", "efta"),
      entry("European Investment Bank", "eib"),
      entry("European Monetary Cooperation Fund", "emcf"),
      entry("Economic and Social Commission for Asia and the Pacific", "escap"),
      entry("European Atomic Energy Community", "euratom"),
      entry("Food and Agriculture Organization", "fao"),
      entry("General Agreement on Tariffs and Trade", "gatt"),
      entry("Gulf Cooperation Council", "gcc"),
      entry("International Atomic Energy Agency", "iaea"),
      entry("International Air Transport Association", "iata"),
      entry("International Cocoa Organization", "icco"),
      entry("International Coffee Organization", "ico-coffee"),
      entry("Organisation of Islamic Cooperation", "ico-islam"),
      entry("International Development Association", "ida"),
      entry("International Energy Agency", "iea"),
      entry("International Iron and Steel Institute", "iisi"),
      entry("International Labour Organization", "ilo"),
      entry("International Lead and Zinc Study Group", "ilzsg"),
      entry("International Maritime Organization", "imco"),
      entry("International Monetary Fund", "imf"),
      entry("International Natural Rubber Organization", "inro"),
      entry("International Rubber Study Group", "irsg"),
      entry("International Sugar Organization", "isa"),
      entry("International Tin Council", "itc"),
      entry("International Whaling Commission", "iwc-whale"),
      entry("International Wheat Council", "iwc-wheat"),
      entry("International Wrought Copper Council", "iwcc"),
      entry("International Wool Secretariat", "iws"),
      entry("International Wool Textile Organisation", "iwto"),
      entry("Latin American Free Trade Association", "lafta"),
      entry("Multi-Fibre Arrangement", "mfa"),
      entry("Organisation for Economic Co-operation and Development", "oecd"),
      entry("Organization of Arab Petroleum Exporting Countries", "oapec"),
      entry("Organization of the Petroleum Exporting Countries", "opec"),
      entry("United Nations", "un"),
      entry("UN Security Council", "un"),
      entry("UN General Assembly", "un"),
      entry("United Nations Conference on Trade and Development", "unctad"),
      entry("World Health Organization", "who"),
      entry("World Bank", "worldbank"));

  /** Agreement of one kind of entity over the corpus. */
  private static final class Agreement {
    final Set<String> vocabulary;
    long articles;
    long annotated;
    long extracted;
    long extractedCodes;
    long agreed;
    long unannotatedCodes;

    Agreement(Set<String> vocabulary) {
      this.vocabulary = vocabulary;
    }

    void add(List<String> annotations, Set<String> found) {
      long codes = found.stream().filter(vocabulary::contains).count();
      if (annotations.isEmpty()) {
        unannotatedCodes += codes;
        return;
      }
      articles++;
      annotated += annotations.size();
      extracted += found.size();
      extractedCodes += codes;
      agreed += found.stream().filter(annotations::contains).count();
    }

    double precision() {
      return (double) agreed / extracted;
    }

    double codePrecision() {
      return (double) agreed / extractedCodes;
    }

    double recall() {
      return (double) agreed / annotated;
    }

    String report(String kind) {
      return String.format(Locale.ROOT,
          "%s: %d articles with %d annotations; extracted %d (%d Reuters codes), agreeing %d: "
              + "precision %.3f (over Reuters codes %.3f), recall %.3f; "
              + "%d Reuters codes extracted from articles without annotations",
          kind, articles, annotated, extracted, extractedCodes, agreed, precision(), codePrecision(), recall(),
          unannotatedCodes);
    }
  }

  @Test
  void agreesWithReutersPeopleAndOrganisations() throws IOException {
    Path corpus = TestData.sharedData("reuters21578/reuters21578.jsonl.gz");
    Set<String> personCodes = codes(TestData.sharedData("reuters21578/original/all-people-strings.lc.txt"));
    Agreement people = new Agreement(personCodes);
    Agreement organizations = new Agreement(codes(TestData.sharedData("reuters21578/original/all-orgs-strings.lc.txt")));
    EntityExtractor extractor = EntityExtractor.standard();
    long nanos = 0;
    int count = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonObject article = JsonParser.parseString(line).getAsJsonObject();
        long start = System.nanoTime();
        Entities entities = extractor.extract(text(article, "title"), text(article, "body"));
        nanos += System.nanoTime() - start;
        count++;
        people.add(annotations(article, "people"), codes(entities.people(), name -> personCode(name, personCodes)));
        organizations.add(annotations(article, "orgs"),
            codes(entities.organizations(), name -> ORGANIZATION_CODES.getOrDefault(name, name.toLowerCase(Locale.ROOT))));
      }
    }
    System.out.println(people.report("people"));
    System.out.println(organizations.report("organisations"));
    System.out.printf(Locale.ROOT, "extraction took %d ms for %d articles%n", nanos / 1_000_000, count);

    assertAtLeast("people recall", 0.88, people.recall());
    assertAtLeast("people precision over Reuters codes", 0.78, people.codePrecision());
    assertAtLeast("people precision", 0.48, people.precision());
    assertAtLeast("organisation recall", 0.96, organizations.recall());
    assertAtLeast("organisation precision over Reuters codes", 0.80, organizations.codePrecision());
    assertAtLeast("organisation precision", 0.52, organizations.precision());
  }

  private static void assertAtLeast(String what, double floor, double measured) {
    assertTrue(measured >= floor, String.format(Locale.ROOT, "%s fell to %.3f, below %.2f", what, measured, floor));
  }

  /**
   * The Reuters code for a person's name: the longest tail of its words (initials left out,
   * accents and umlauts spelled out) that is a code, else all its words joined by '-'.
   */
  private static String personCode(String name, Set<String> codes) {
    String spelled = name.toLowerCase(Locale.ROOT)
        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    List<String> words = Arrays.stream(Normalizer.normalize(spelled, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "").split("[\\s\\-'\u2019.]+"))
        .filter(word -> word.length() > 1).toList();
    for (int from = 0; from < words.size(); from++) {
      String tail = String.join("-", words.subList(from, words.size()));
      if (codes.contains(tail)) {
        return tail;
      }
    }
    return String.join("-", words);
  }

  private static Set<String> codes(List<String> names, Function<String, String> code) {
    return names.stream().map(code).collect(Collectors.toCollection(HashSet::new));
  }

  private static Set<String> codes(Path list) throws IOException {
    return Files.readAllLines(list).stream().map(String::strip).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
  }

  private static List<String> annotations(JsonObject article, String field) {
    List<String> codes = new ArrayList<>();
    article.getAsJsonArray(field).forEach(code -> codes.add(code.getAsString()));
    return codes;
  }

  private static String text(JsonObject article, String field) {
    JsonElement value = article.get(field);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }
}

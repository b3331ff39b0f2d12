package dev.gazette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.TestData;
import dev.gazette.analysis.Entities;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityExtractorTest {

  private static final EntityExtractor EXTRACTOR = EntityExtractor.standard();

  @Test
  void seedArticleNamesKimJongUnAndVladimirPutinAndNoPlaceAsAPerson() throws IOException {
    String article = Files.readString(TestData.repository().resolve("seeds/000_0388dada9763fdad.txt"));

    Entities entities = EXTRACTOR.extract(article);

    assertEquals(List.of("Kim Jong Un", "Vladimir Putin"), entities.people());
    assertFalse(entities.organizations().contains("White House"), entities.organizations().toString());
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      # Titles and honorifics mark the name after them
      North Korean leader Kim Jong Un arrived.                            | Kim Jong Un
      Russian President Vladimir Putin met him.                           | Vladimir Putin
      Mr. Smith and Dr Jones disagreed.                                   | Smith;Jones
      Prime Minister Margaret Thatcher spoke.                             | Margaret Thatcher
      Secretary of State George Shultz flew in.                           | George Shultz
      Bank of England Governor Robin Leigh-Pemberton spoke.               | Robin Leigh-Pemberton
      the Governor of the Bank of England Robin Leigh-Pemberton spoke.    | Robin Leigh-Pemberton
      Secretary of Agriculture Richard Lyng will meet exporters.          | Richard Lyng
      the president of the coffee institute, Jorio Dauster, said          | Jorio Dauster
      Mexican President Miguel de la Madrid said                          | Miguel de la Madrid
      Governor Mervyn King said rates would rise.                         | Mervyn King
      # Verbs of speech and given names
      The cut was overdue, Jorio Dauster said.                            | Jorio Dauster
      "We are ready," said Hugo Paemen.                                   | Hugo Paemen
      shares bought by Carl Icahn last week                               | Carl Icahn
      Director of the Office of Management and Budget James Miller said   | James Miller
      # A surname alone refers to the full name mentioned before
      Vladimir Putin arrived. Putin said he was pleased.                  | Vladimir Putin
      Kim Jong Un spoke. Kim said more.                                   | Kim Jong Un
      Talks with Hugo Paemen went on. Paemen declined to comment.         | Hugo Paemen
      # No people: places, organisations, months, sentence starters
      The White House said it would respond.                              |
      North Korea and Russia signed a pact.                               |
      Standard Oil Co said it would sell assets.                          |
      General Motors Corp said sales fell.                                |
      Despite International Monetary Fund pressure, talks went on.        |
      New York Stock Exchange traders said                                |
      On Monday January 5 the talks began.                                |
      The Finance Ministry said prices rose.                              |
      exports to San Juan Capistrano rose                                 |
      # Names that are no one's: titles, organisations, companies in one word
      head of the Federation of Economic Organisations, said he would go  |
      a member of the Office of the President.                            |
      Deputy Assistant Defense Secretary Stephen Bryen told Reuters       | Stephen Bryen
      Citicorp said it would raise its reserves.                          |
      the Deputy Prime Minister said the plan would work                  |
      U.S. said it would respond                                          |
      # Headlines have no case to go by: only a name before a verb of speech counts
      YEUTTER SAYS U.S. BUDGET DEFICIT KEY                                | Yeutter
      U.S. TREASURY'S BAKER SAYS PACT ONLY A START                         | Baker
      U.K. CHANCELLOR LAWSON SAYS RATES STAY                              | Lawson
      JAPAN SAYS TRADE SURPLUS FALLS                                      |
      API SAYS CRUDE STOCKS ROSE                                          |
      BANK CHAIRMAN RESIGNS                                               |
      TALKS TO RESUME, OFFICIAL SAYS                                      |
      PRICES ROSE SHARPLY, DEALERS SAID                                   |
      """)
  void findsPeople(String text, String expected) {
    assertEquals(list(expected), EXTRACTOR.extract(text).people());
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      # Known organisations by any name, under one canonical name
      the International Monetary Fund (IMF) said                          | International Monetary Fund
      IMF SAYS BRAZIL MUST ADJUST                                         | International Monetary Fund
      EC APPOINTS NEW TRADE CHIEF                                         | European Community
      the EC Commission and the European Community                        | European Commission;European Community
      OPEC and GATT and the OECD                                          | Organization of the Petroleum Exporting Countries;General Agreement on Tariffs and Trade;Organisation for Economic Co-operation and Development
      the World Health Organization and the WHO                           | World Health Organization
      WHO WON THE ELECTION                                                |
      # Organisation words end a name; "of" and "and" join one
      Standard Oil Co and BP North America Inc said                       | Standard Oil Co;BP North America Inc
      the Bank of Japan and the Tokyo Stock Exchange                      | Bank of Japan;Tokyo Stock Exchange
      Merrill Lynch and Co and AT&T Corp                                  | Merrill Lynch and Co;AT&T Corp
      the Brazilian Coffee Institute said                                 | Brazilian Coffee Institute
      # Generic names and look-alikes are no organisations
      the Finance Ministry and the Central Bank                           |
      the Soviet Union                                                    |
      U.S. Banks have half the seats                                      |
      """)
  void findsOrganizations(String text, String expected) {
    assertEquals(list(expected), EXTRACTOR.extract(text).organizations());
  }

  @Test
  void readsSeveralTextsInTurnAndSkipsNullOnes() {
    Entities entities = EXTRACTOR.extract("IMF SAYS", null, "Treasury Secretary James Baker met the World Bank.", "Baker left.");

    assertEquals(List.of("James Baker"), entities.people());
    assertEquals(List.of("International Monetary Fund", "World Bank"), entities.organizations());
    assertEquals(new Entities(List.of(), List.of()), EXTRACTOR.extract((String) null));
  }

  @Test
  void peopleAreInOrderOfFirstMentionUnderTheirFullestName() {
    Entities entities = EXTRACTOR.extract("President Reagan met Chancellor Helmut Kohl. Later Ronald Reagan and Kohl said so.");

    assertEquals(List.of("Ronald Reagan", "Helmut Kohl"), entities.people());
  }

  @Test
  void standardExtractorIsBuiltOnce() {
    assertSame(EXTRACTOR, EntityExtractor.standard());
  }

  @Test
  void malformedWordListLineIsReportedWithItsFileAndNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntityLexicon.parse(Map.of("words.txt", List.of("# comment", "titles: president")), List.of()));

    assertTrue(e.getMessage().contains("words.txt line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("titles"), e.getMessage());
  }

  @Test
  void phraseNamingTwoOrganisationsIsRejected() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> EntityLexicon.parse(Map.of(), List.of("World Bank: WB", "Wider Bank: WB")));

    assertTrue(e.getMessage().contains("WB"), e.getMessage());
  }

  private static List<String> list(String expected) {
    return expected == null ? List.of() : Arrays.asList(expected.split(";"));
  }
}

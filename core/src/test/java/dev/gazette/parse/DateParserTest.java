package dev.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
              06.19.24 11:03 AM          | 2024-06-19T11:03:00Z
              06.19.24 11:03 PM          | 2024-06-19T23:03:00Z
              12.01.24 12:15 AM          | 2024-12-01T00:15:00Z
              06.19.24                   | 2024-06-19T00:00:00Z
              06.19.87                   | 1987-06-19T00:00:00Z
              06/19/2024                 | 2024-06-19T00:00:00Z
              6/9/2024 11:03             | 2024-06-09T11:03:00Z
              06/19/2024 23:03:15        | 2024-06-19T23:03:15Z
              2024-06-19                 | 2024-06-19T00:00:00Z
              2024-06-19 11:03 am        | 2024-06-19T11:03:00Z
              June 19, 2024              | 2024-06-19T00:00:00Z
              Jun 19, 2024               | 2024-06-19T00:00:00Z
              jun. 19 2024 11:03 a.m.    | 2024-06-19T11:03:00Z
              September 1, 2024, 23:03:15 | 2024-09-01T23:03:15Z
          June 19, 2024 at 11:03 PM  | 2024-06-19T23:03:00Z
              Sept 1, 2024               | 2024-09-01T00:00:00Z
              1987-02-26T15:01:01        | 1987-02-26T15:01:01Z
              1987-02-26T15:01:01Z       | 1987-02-26T15:01:01Z
              1987-02-26T15:01:01+02:00  | 1987-02-26T13:01:01Z
              1987-02-26T15:01:01.5-0130 | 1987-02-26T16:31:01.500Z
              2024-06-19 11:03 UTC       | 2024-06-19T11:03:00Z
              26-FEB-1987 15:01:01.79    | 1987-02-26T15:01:01.790Z
              '  2024-06-19  '           | 2024-06-19T00:00:00Z
          """)
  void parsesEveryAcceptedForm(String text, String expected) {
    assertEquals(Optional.of(Instant.parse(expected)), DateParser.parse(text));
    assertTrue(DateParser.looksLikeDate(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          13.45.24                  | month 13 is not between 1 and 12
          2024-99-01                | month 99 is not between 1 and 12
          02.30.24 11:03 AM         | day 30 is not between 1 and 29 in February 2024
          2024-02-30                | day 30 is not between 1 and 29 in February 2024
          2023-02-29                | day 29 is not between 1 and 28 in February 2023
          2024-06-00                | day 0 is not between 1 and 30 in June 2024
          June 31, 2024             | day 31 is not between 1 and 30 in June 2024
          31-FEB-1987 10:00:00      | day 31 is not between 1 and 28 in February 1987
          06.19.24 13:03 PM         | hour on a 12-hour clock 13 is not between 1 and 12
          06.19.24 0:03 AM          | hour on a 12-hour clock 0 is not between 1 and 12
          2024-06-19 24:00          | hour 24 is not between 0 and 23
          2024-06-19 11:60          | minute 60 is not between 0 and 59
          2024-06-19 11:03:60       | second 60 is not between 0 and 59
          2024-06-19T11:03:00+19:00 | the zone offset +19:00 is not an offset between -18:00 and +18:00
          2024-06-19T11:03:00-02:75 | the zone offset -02:75 is not an offset between -18:00 and +18:00
          """)
  void rejectsImpossibleDatesInAcceptedFormsInOurWords(String text, String reason) {
    BadInputException e = assertThrows(BadInputException.class, () -> DateParser.parse(text));
    assertEquals("invalid date '" + text + "': " + reason, e.getMessage());
  }

  @Test
  void zoneOffsetsAtTheLimitsAreAccepted() {
    assertEquals(
        Instant.parse("2024-06-19T05:03:00Z"), DateParser.parse("2024-06-19T23:03:00+18:00").orElseThrow());
    assertEquals(
        Instant.parse("2024-06-19T08:33:00Z"), DateParser.parse("2024-06-19 11:03 +0230").orElseThrow());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "Bound by shared disdain,",
        "2024",
        "19 June",
        "2024-06-19 and more",
        "yesterday",
        "Junebug 19, 2024",
        "06.19.24 11:03 XM",
        "2024/06/19",
        "1.2.3.4",
        "2024-6-19"
      })
  void treatsOtherTextAsNoDate(String text) {
    assertEquals(Optional.empty(), DateParser.parse(text));
    BadInputException e =
        assertThrows(BadInputException.class, () -> DateParser.parseRequired(text));
    assertTrue(e.getMessage().startsWith("unrecognised date"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"06.19.24 11:03 XM", "13.45.24", "June 19, 2024 at noon"})
  void looksLikeDateSpotsMalformedDatelines(String line) {
    assertTrue(DateParser.looksLikeDate(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Bound by shared disdain,",
        "In 2024-06-19 things happened",
        "2024-06-19 was the day the summit opened in Pyongyang, and more"
      })
  void looksLikeDateIgnoresProse(String line) {
    assertFalse(DateParser.looksLikeDate(line));
  }
}

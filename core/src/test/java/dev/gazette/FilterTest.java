package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.Filter.AllOf;
import dev.gazette.Filter.AnyOf;
import dev.gazette.Filter.Not;
import dev.gazette.Filter.Term;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The filter grammar: what each form means, its canonical text, and the errors of malformed filters. */
class FilterTest {
  private static Term term(String dimension, String value) {
    return new Term(dimension, value);
  }

  @Test
  void aTermIsDimensionColonValueAndAValueMayHoldSpacesAndColons() {
    assertEquals(term("topics", "grain"), Filter.parse("topics:grain"));
    assertEquals(term("country", "United States"), Filter.parse("country:United States"));
    assertEquals(term("published", "1987/03"), Filter.parse(" published: 1987/03 "));
    assertEquals(term("orgs", "a:b"), Filter.parse("orgs:a:b"));
  }

  @Test
  void orAndNotAndParenthesesBuildATreeWithAndBindingTighter() {
    assertEquals(new AnyOf(List.of(term("topics", "grain"), term("topics", "wheat"))),
        Filter.parse("topics:grain OR topics:wheat"));
    assertEquals(new Not(term("places", "usa")), Filter.parse("-places:usa"));
    assertEquals(new Not(term("places", "usa")), Filter.parse("NOT places:usa"));
    assertEquals(new AnyOf(List.of(term("a", "1"), new AllOf(List.of(term("b", "2"), term("c", "3"))))),
        Filter.parse("a:1 OR b:2 AND c:3"));
    assertEquals(new AllOf(List.of(new AnyOf(List.of(term("a", "1"), term("b", "2"))), new Not(term("c", "3")))),
        Filter.parse("(a:1 OR b:2) AND NOT c:3"));
    assertEquals(new Not(new AnyOf(List.of(term("a", "x y"), term("b", "2")))), Filter.parse("-(a:x y OR b:2)"));
  }

  @Test
  void quotedValuesHoldOperatorsQuotesAndParentheses() {
    assertEquals(term("country", "Trinidad AND Tobago"), Filter.parse("country:\"Trinidad AND Tobago\""));
    assertEquals(term("orgs", "say \"hi\" (now)"), Filter.parse("orgs:\"say \\\"hi\\\" (now)\""));
    assertEquals(term("topics", "OR"), Filter.parse("topics:OR"), "an operator word right after the colon is the value");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "topics:grain", "-places:usa", "topics:grain OR topics:wheat", "(a:1 OR b:2) AND NOT c:3",
      "country:\"United States\" OR orgs:\"a \\\"b\\\" (c)\"", "NOT (a:1 AND b:2)", "a:1 OR b:2 AND c:3", "NOT NOT a:1"})
  void textIsParsedBackToTheSameFilter(String expression) {
    Filter filter = Filter.parse(expression);
    assertEquals(filter, Filter.parse(filter.text()), filter.text());
  }

  @Test
  void canonicalTextQuotesWhatNeedsItAndParenthesizesOnlyWhereNeeded() {
    assertEquals("country:\"United States\"", Filter.parse("country:United States").text());
    assertEquals("(a:1 OR b:2) AND NOT c:3", Filter.parse("( a:1 OR b:2 )AND -c:3").text());
    assertEquals("NOT (a:1 OR b:2)", Filter.parse("-(a:1 OR b:2)").text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "grain                     | expected dimension:value",
      "topics:grain OR           | a dimension:value is missing",
      "topics:grain places:usa   | join filters with AND or OR",
      "(topics:grain             | a ( is not closed",
      "topics:grain)             | a ) without its (",
      "topics:\"grain            | a quoted value is not closed",
      "topics:                   | needs a value",
      "AND topics:grain          | expected dimension:value",
      "published:1987/13         | a published filter is a year"})
  void malformedFiltersAreRefusedNamingTheFilterParameter(String expression, String problem) {
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Filter.parse(expression));
    assertEquals("filter", e.parameter());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void blankDeepAndLongFiltersAreRefused() {
    assertThrows(InvalidRequestException.class, () -> Filter.parse("  "));
    assertThrows(InvalidRequestException.class, () -> Filter.parse("(".repeat(20) + "a:1" + ")".repeat(20)));
    assertThrows(InvalidRequestException.class, () -> Filter.parse("-".repeat(20) + "a:1"));
    assertThrows(InvalidRequestException.class, () -> Filter.parse("a:" + "x".repeat(5_000)));
  }

  @Test
  void aRequestCountsTermsAcrossItsFilters() {
    String manyTerms = String.join(" OR ", java.util.Collections.nCopies(101, "topics:grain"));
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> SearchRequest.builder().filter(Filter.parse(manyTerms)).build());
    assertEquals("filter", e.parameter());
  }
}

package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.SearchRequest.Operator;
import dev.gazette.SearchRequest.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adversarial queries on all of Reuters-21578 stay inside Lucene's 1,024-clause limit because the
 * whole query shares one clause budget: many prefixes, 64 prefixes, prefixes with OR, NOT and
 * phrases, 64 misspelled words retried with typo tolerance, 64 synonym names, each with feedback,
 * either operator and every sort. Each answers with real matches instead of failing.
 */
class ClauseBudgetTest {
  /** Two-letter beginnings of many Reuters words each: 64 of them, each expanding past 128 terms or near. */
  static final List<String> PREFIXES = List.of("co", "ma", "pr", "st", "re", "in", "de", "ex", "se", "pa", "ca", "tr",
      "ba", "ch", "di", "fi", "ge", "ha", "la", "li", "mo", "ne", "of", "op", "pe", "pl", "ra", "sa", "sh", "sp", "su",
      "te", "to", "un", "ve", "wa", "wh", "ac", "ad", "al", "an", "ap", "ar", "as", "be", "bo", "bu", "cl", "cr", "da",
      "dr", "ea", "em", "en", "fa", "fo", "fr", "go", "gr", "he", "ho", "im", "lo", "me");
  private static Gazette reuters;

  @BeforeAll
  static void load() {
    reuters = SharedReuters.gazette();
  }

  @ParameterizedTest
  @EnumSource(Operator.class)
  void fivePrefixesOfManyTermsEachAnswer(Operator operator) {
    SearchResult result = search("co* ma* pr* st* re*", operator, Sort.RELEVANCE);
    assertTrue(result.total() > (operator == Operator.OR ? 15_000 : 500), operator + ": " + result.total());
    assertEquals(10, result.hits().size());
    for (SearchResult.Hit hit : result.hits()) {
      assertTrue(hit.snippets().title().contains("<mark>") || hit.snippets().body().get(0).contains("<mark>"), hit.id());
    }
  }

  @Test
  void allMatchesOfFivePrefixesAreFoundNotOnlyThoseOfTheirTopTerms() {
    long any = search("co* OR ma* OR pr* OR st* OR re*", Operator.AND, Sort.RELEVANCE).total();
    long orOperator = search("co* ma* pr* st* re*", Operator.OR, Sort.RELEVANCE).total();
    assertEquals(any, orOperator);
    long co = search("co*", Operator.AND, Sort.RELEVANCE).total();
    assertTrue(orOperator >= co && co > 10_000, co + " " + orOperator);
  }

  @ParameterizedTest
  @EnumSource(Operator.class)
  void sixtyFourPrefixesAnswerOnEverySort(Operator operator) {
    String query = String.join(" ", PREFIXES.stream().map(p -> p + "*").toList());
    assertEquals(64, query.split(" ").length);
    for (Sort sort : Sort.values()) {
      SearchResult result = search(query, operator, sort);
      if (operator == Operator.OR) {
        assertTrue(result.total() > 20_000, sort + ": " + result.total());
      }
      assertFalse(result.timedOut() && result.total() == 0, sort + " found nothing in time");
    }
  }

  @ParameterizedTest
  @EnumSource(Operator.class)
  void prefixesWithOrNotAndPhrasesAnswerAndExcludeWhatTheySay(Operator operator) {
    String query = "co* OR ma* pr* -gu* \"oil prices\" NOT zi* in* OR de* ex* se* pa* ca* st* re* tr* ba*";
    SearchResult result = search(query, operator, Sort.RELEVANCE);
    assertTrue(result.total() > (operator == Operator.AND ? 0 : 1_000), operator + ": " + result.total());
    Pattern excluded = Pattern.compile("(?<![\\p{L}\\p{N}])(gu|zi)");
    for (SearchResult.Hit hit : result.hits()) {
      String text = SharedReuters.words(reuters.get(hit.id()).orElseThrow());
      assertFalse(excluded.matcher(text).find(), hit.id() + " holds a word starting with gu or zi");
      if (operator == Operator.AND) {
        assertTrue(text.contains("oil prices"), hit.id() + " lacks the phrase");
      }
    }
  }

  @Test
  void sixtyFourMisspelledWordsAreRetriedWithTyposWithinTheBudget() {
    List<String> words = misspelled(64);
    String query = String.join(" ", words);
    SearchResult exact = reuters.search(SearchRequest.builder().query(query).operator(Operator.OR)
        .typoTolerance(false).build());
    assertEquals(0, exact.total(), "the misspellings must be in no article: " + query);
    SearchResult tolerant = search(query, Operator.OR, Sort.RELEVANCE);
    assertTrue(tolerant.typoTolerant(), query);
    assertTrue(tolerant.total() > 1_000, "found " + tolerant.total());
    SearchResult all = search(query, Operator.AND, Sort.RELEVANCE);
    assertEquals(0, all.total());
  }

  @Test
  void sixtyFourSynonymNamesWithPrefixesAnswer() {
    String names = "u.s. uk dprk kremlin ".repeat(12).strip();
    String query = names + " co* ma* pr* st* re* in* de* ex* se* pa* ca* tr* ba* ch* di* fi*";
    assertEquals(64, query.split(" ").length);
    assertTrue(search(query, Operator.OR, Sort.RELEVANCE).total() > 10_000);
    search(query, Operator.AND, Sort.RECENCY);
  }

  @Test
  void explainAndDidYouMeanStayWithinTheBudgetToo() {
    String query = String.join(" ", PREFIXES.stream().map(p -> p + "*").toList());
    SearchRequest request = SearchRequest.builder().query(query).operator(Operator.OR).build();
    String id = reuters.search(request).hits().get(0).id();
    assertTrue(reuters.explain(request, id).isPresent());
    SearchResult misspelled = search("petrolem co* ma* pr* st* re* in* de* ex*", Operator.AND, Sort.RELEVANCE);
    assertEquals(0, misspelled.total());
    assertEquals("petroleum co* ma* pr* st* re* in* de* ex*", misspelled.didYouMean());
  }

  private static SearchResult search(String query, Operator operator, Sort sort) {
    return reuters.search(SearchRequest.builder().query(query).operator(operator).sort(sort)
        .facets("topics").timeline(true).build());
  }

  /** {@code count} long Reuters words, each with two letters swapped so that no article holds it. */
  private static List<String> misspelled(int count) {
    List<String> words = List.of("government", "companies", "petroleum", "exchange", "agreement", "shareholders",
        "production", "international", "investment", "president", "corporation", "department", "management",
        "statement", "spokesman", "securities", "operations", "quarterly", "dividends", "american", "japanese",
        "president", "interest", "economic", "earnings", "billion", "million", "industry", "reserves", "minister",
        "national", "business", "subsidiary", "acquisition", "financial", "industrial", "increase", "customers",
        "products", "expected", "february", "marketing", "committee", "conference", "declined", "analysts",
        "continue", "currency", "contract", "domestic", "exporters", "commodity", "shipments", "discount",
        "provision", "community", "negotiations", "chairman", "officials", "previous", "purchase", "delivery",
        "treasury", "electric", "reported", "producers");
    List<String> result = new ArrayList<>();
    for (String word : words) {
      if (result.size() == count) {
        break;
      }
      int i = word.length() / 2;
      result.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2) + "q");
    }
    return result;
  }
}

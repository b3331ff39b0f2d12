package dev.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bounded {@code kind} label of the search latency, as the engine's parser reads a query. */
class QueryKindTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''|BROWSE",
    "'   '|BROWSE",
    "*|BROWSE",
    "north korea|WORDS",
    "NORTHERN ORBIT|WORDS",
    "korea OR japan|BOOLEAN",
    "NOT sanctions|BOOLEAN",
    "korea -south|BOOLEAN",
    "-south|BOOLEAN",
    "title:korea|FIELD",
    "'\"north korea\"'|PHRASE",
    "'title:\"north korea\"'|PHRASE",
    "'\"north korea\" kor*'|PREFIX",
    "kor*|PREFIX",
    // Read as the search reads them, not as their characters look:
    "k*|WORDS",
    "korea OR|WORDS",
    "AND OR|WORDS",
    "'\"north korea'|WORDS"
  })
  void eachQueryHasOneKind(String query, QueryKind kind) {
    assertEquals(kind, QueryKind.of(query));
  }

  @Test
  void aNameTheIndexDoesNotKnowIsPartOfTheWordsWhenTheParserKnowsTheFields() {
    UserQueryParser parser = new UserQueryParser(Set.of("title"));
    assertEquals(QueryKind.FIELD, QueryKind.of(parser.parse("title:korea")));
    assertEquals(QueryKind.WORDS, QueryKind.of(parser.parse("topics:earn")));
  }

  @Test
  void theLabelIsTheLowerCaseName() {
    assertEquals("browse", QueryKind.BROWSE.label());
    assertEquals("boolean", QueryKind.BOOLEAN.label());
  }
}

package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bounded {@code kind} label of the search latency. */
class QueryKindTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''|BROWSE",
    "'   '|BROWSE",
    "north korea|WORDS",
    "NORTHERN ORBIT|WORDS",
    "korea OR japan|BOOLEAN",
    "NOT sanctions|BOOLEAN",
    "korea -south|BOOLEAN",
    "-south|BOOLEAN",
    "title:korea|FIELD",
    "'\"north korea\"'|PHRASE",
    "'\"north korea\" kor*'|PREFIX",
    "kor*|PREFIX"
  })
  void eachQueryHasOneKind(String query, QueryKind kind) {
    assertEquals(kind, QueryKind.of(query));
  }
}

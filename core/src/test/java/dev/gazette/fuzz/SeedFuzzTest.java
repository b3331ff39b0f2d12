package dev.gazette.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.ArticleReader;
import dev.gazette.InvalidRequestException;

/**
 * Fuzzes the seed-format reader ({@link ArticleReader#parseSeed}): any text gives an article or an
 * {@link InvalidRequestException} naming the problem; any other exception fails the test.
 */
class SeedFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void anySeedTextGivesAnArticleOrAClearRefusal(FuzzedDataProvider data) {
    try {
      ArticleReader.parseSeed("000_0388dada9763fdad.txt", data.consumeRemainingAsString());
    } catch (InvalidRequestException expected) {
      // a malformed seed, reported with its line
    }
  }
}

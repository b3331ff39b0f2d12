package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An article's own {@code facets} object, as articles are written out, is read back in. */
class ArticleJsonFacetsTest {

  @Test
  void aFacetsObjectAddsItsDimensions() {
    Article article = ArticleReader.parseJson(
        "{\"id\": \"x\", \"topics\": [\"earn\"], \"facets\": {\"region\": \"asia\", \"desk\": [\"markets\", \"markets\", \"energy\"]}}",
        null);
    assertEquals(Map.of("topics", List.of("earn"), "region", List.of("asia"), "desk", List.of("markets", "energy")),
        article.facets());
  }

  @Test
  void aFacetsFieldThatIsNotAnObjectIsRefused() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> ArticleReader.parseJson("{\"id\": \"x\", \"facets\": [\"a\"]}", null));
    assertTrue(e.getMessage().contains("'facets' must be an object"), e.getMessage());
  }
}

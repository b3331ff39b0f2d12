package dev.gazette.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gazette.Article;
import dev.gazette.FieldMapping;
import dev.gazette.parse.JsonArticles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceCodesTest {

  private static final SourceCodes CODES = SourceCodes.standard();

  @Test
  void countryCodesReadAsTheCountryFacetNamesThem() {
    assertEquals(List.of("United States"), CODES.names("country", "usa"));
    assertEquals(List.of("Germany"), CODES.names("country", "west-germany"));
    assertEquals(List.of("Côte d’Ivoire"), CODES.names("country", "ivory-coast"));
    assertEquals(List.of(), CODES.names("country", "nowhere-land"));
  }

  @Test
  void organisationCodesReadAsTheirCanonicalNames() {
    assertEquals(List.of("International Monetary Fund"), CODES.names("organization", "imf"));
    assertEquals(List.of("International Coffee Organization"), CODES.names("organization", "ico-coffee"));
    assertEquals(List.of(), CODES.names("organization", "zzq"));
  }

  @Test
  void theDefaultMappingFeedsReutersPlacesAndOrgsIntoTheExtractedFacetsAndKeepsTheCodes() {
    Article article = JsonArticles.parse(
        "{\"id\":\"1\",\"title\":\"t\",\"body\":\"b\",\"places\":[\"usa\",\"uk\",\"atlantis\"],\"orgs\":[\"opec\"]}",
        FieldMapping.defaults(), null);
    assertEquals(List.of("usa", "uk", "atlantis"), article.facets().get("places"));
    assertEquals(List.of("United States", "United Kingdom"), article.facets().get("country"));
    assertEquals(List.of("opec"), article.facets().get("orgs"));
    assertEquals(List.of("Organization of the Petroleum Exporting Countries"), article.facets().get("organization"));
  }

  @Test
  void aMappingWithoutFeedsLeavesTheFacetsAlone() {
    FieldMapping plain = new FieldMapping("id", "title", "published", "body", null, null, List.of("places"));
    Article article = JsonArticles.parse("{\"id\":\"1\",\"title\":\"t\",\"places\":[\"usa\"]}", plain, null);
    assertEquals(Map.of("places", List.of("usa")), article.facets());
  }

  @Test
  void onlyCountryAndOrganizationCanBeFed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FieldMapping(
        "id", "title", "published", "body", null, null, List.of("people"), Map.of("people", "person"), false));
    assertEquals("field 'people' can feed only the country or organization facet, not 'person'", e.getMessage());
  }
}

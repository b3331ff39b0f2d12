package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.gazette.Filter;
import dev.gazette.GazetteConfig;
import dev.gazette.InvalidRequestException;
import dev.gazette.OpenSearchTarget;
import dev.gazette.SearchRequest;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.FieldDef;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import dev.gazette.plan.QueryPlan;
import dev.gazette.plan.QueryPlanner;
import dev.gazette.search.UserQueryParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What Gazette sends an OpenSearch cluster, checked without one: the generated index definition and translated searches. */
class OpenSearchTranslationTest {
  private final GazetteConfig config = GazetteConfig.defaults().withRanking(r -> r.k1(1.1f).b(0.6f));

  @Test
  void theIndexDefinitionIsGeneratedFromCoresFieldsAnalysisAndRanking() {
    JsonObject index = OpenSearchMapping.index(config, 3, 1);
    JsonObject properties = index.getAsJsonObject("mappings").getAsJsonObject("properties");
    for (FieldDef field : Schema.fields()) {
      String[] path = field.name().split("\\.");
      JsonObject mapping = properties.getAsJsonObject(path[0]);
      if (path.length == 2) {
        mapping = mapping.getAsJsonObject("fields").getAsJsonObject(path[1]);
      }
      assertTrue(mapping != null, field.name());
      if (field.kind() == FieldDef.Kind.TEXT) {
        assertEquals(field.analyzer(), mapping.get("analyzer").getAsString(), field.name());
      }
    }
    JsonObject settings = index.getAsJsonObject("settings");
    JsonObject bm25 = settings.getAsJsonObject("index").getAsJsonObject("similarity").getAsJsonObject("default");
    assertEquals(1.1f, bm25.get("k1").getAsFloat());
    assertEquals(0.6f, bm25.get("b").getAsFloat());
    assertEquals(3, settings.getAsJsonObject("index").get("number_of_shards").getAsInt());
    assertEquals("PORTER", index.getAsJsonObject("mappings").getAsJsonObject("_meta").get("gazette.stemmer").getAsString());
    String filters = settings.getAsJsonObject("analysis").getAsJsonObject("filter").toString();
    assertTrue(filters.contains("\"u.s, u.s.a, usa, united states, united states of america\""), filters);
    assertTrue(filters.contains("\"u.s, u.s.a, usa, united states\""), "the stemmed chain drops synonyms holding stop words");
    assertTrue(filters.contains("people republic of china") && !filters.contains("people's"), "possessives are read as the chain reads them");
  }

  @Test
  void eachFacetIsCountedUnderTheOtherDimensionsFiltersAndTheFiltersApplyAfter() {
    SearchRequest request = SearchRequest.builder().query("oil -gold").filter("topics", "crude").filter("topics", "gas")
        .filter("places", "usa").facets("topics", "places").sort(SearchRequest.Sort.NEWEST).build();
    JsonObject body = search(request, Set.of("title", "body", "topics", "places"));
    JsonObject aggs = body.getAsJsonObject("aggs");
    String topics = aggs.getAsJsonObject(OpenSearchFacets.FACET_AGG + "topics").getAsJsonObject("filter").toString();
    String places = aggs.getAsJsonObject(OpenSearchFacets.FACET_AGG + "places").getAsJsonObject("filter").toString();
    assertTrue(topics.contains("facet.places") && !topics.contains("facet.topics"), topics);
    assertTrue(places.contains("facet.topics") && !places.contains("facet.places"), places);
    String postFilter = body.getAsJsonObject("post_filter").toString();
    assertTrue(postFilter.contains("crude") && postFilter.contains("gas") && postFilter.contains("usa"), postFilter);
    assertEquals(11, body.get("size").getAsInt());
    assertTrue(body.get("sort").toString().startsWith("[{\"published\":{\"order\":\"desc\",\"missing\":\"_last\"}}"));
    assertTrue(body.getAsJsonObject("query").toString().contains("must_not"));
    assertFalse(body.getAsJsonObject("query").toString().contains("facet."), "facet filters stay out of the scored query");
  }

  @Test
  void selectionsGoToThePostFilterAndOtherFiltersNarrowTheQueryAndEveryCount() {
    SearchRequest request = SearchRequest.builder().query("oil")
        .filter(Filter.parse("topics:crude OR topics:gas"))
        .filter(Filter.parse("NOT places:usa"))
        .filter(Filter.parse("orgs:opec OR people:yamani"))
        .facets("topics", "places").fields("url", "topics").build();
    JsonObject body = search(request, Set.of("title", "body"));
    JsonArray narrowing = body.getAsJsonObject("query").getAsJsonObject("bool").getAsJsonArray("filter");
    assertEquals("{\"bool\":{\"must_not\":[{\"term\":{\"facet.places\":\"usa\"}}]}}", narrowing.get(0).toString());
    assertEquals("{\"bool\":{\"should\":[{\"term\":{\"facet.orgs\":\"opec\"}},{\"term\":{\"facet.people\":\"yamani\"}}],"
        + "\"minimum_should_match\":1}}", narrowing.get(1).toString());
    String postFilter = body.getAsJsonObject("post_filter").toString();
    assertTrue(postFilter.contains("crude") && postFilter.contains("gas") && !postFilter.contains("usa"), postFilter);
    String places = body.getAsJsonObject("aggs").getAsJsonObject(OpenSearchFacets.FACET_AGG + "places").toString();
    assertTrue(places.contains("crude"), "the topics selection applies to the places counts: " + places);
    String topics = body.getAsJsonObject("aggs").getAsJsonObject(OpenSearchFacets.FACET_AGG + "topics").toString();
    assertFalse(topics.contains("crude"), "the topics selection does not apply to its own counts: " + topics);
    assertEquals("[\"id\",\"title\",\"published\",\"haiku\",\"url\",\"facet.topics\"]", body.get("_source").toString());
  }

  @Test
  void multiWordSynonymsAreSentAsTheirAlternativesAndFacetValuesAsTheirDrillDownTerm() {
    JsonObject body = search(SearchRequest.builder().query("usa topics:coffee published:1987/03").highlight(false).build(),
        Set.of("title", "body", "topics", "published"));
    String query = body.getAsJsonObject("query").toString();
    assertFalse(query.contains(OpenSearchMapping.ENGLISH_QUERY), "no alternative is left to the synonym filter: " + query);
    for (String alternative : new String[] {"u.s", "u.s.a", "united states", "usa"}) {
      assertTrue(query.contains("{\"match_phrase\":{\"body\":{\"query\":\"" + alternative + "\",\"analyzer\":\"english\"}}}"),
          alternative + " in " + query);
    }
    assertTrue(query.contains("{\"term\":{\"facet_terms\":\"topics\\u001fcoffee\"}}"), query);
    assertTrue(query.contains("{\"term\":{\"facet_terms\":\"published\\u001f1987\\u001f03\"}}"), query);
    JsonObject mapping = OpenSearchMapping.index(config, 1, 0).getAsJsonObject("mappings").getAsJsonObject("properties");
    JsonObject drillDown = mapping.getAsJsonObject(OpenSearchMapping.FACET_TERMS);
    assertEquals("{\"type\":\"text\",\"analyzer\":\"keyword\",\"index_options\":\"docs\",\"norms\":false}", drillDown.toString());
  }

  /** The {@code _search} body of {@code request}, planned as the pipeline plans it, with {@code fields} known to the parser. */
  private JsonObject search(SearchRequest request, Set<String> fields) {
    QueryPlanner planner = new QueryPlanner(new Schema(AnalysisSettings.of(config), Synonyms.of(config)), config);
    QueryPlan plan = planner.plan(request, new UserQueryParser(fields).parse(request.query()), false);
    return new OpenSearchQueries(config).search(plan, null);
  }

  @Test
  void targetsAreCheckedWithMessagesAndHideTheirPassword() {
    assertEquals(2, OpenSearchTarget.of("http://a:9200, https://b:9200", "news").nodes().size());
    assertThrows(InvalidRequestException.class, () -> OpenSearchTarget.of("", "news"));
    assertThrows(InvalidRequestException.class, () -> OpenSearchTarget.of("localhost:9200", "news"));
    assertThrows(InvalidRequestException.class, () -> OpenSearchTarget.of("http://a:9200", "News!"));
    assertFalse(OpenSearchTarget.of("http://a:9200", "news").withCredentials("u", "hunter2").toString().contains("hunter2"));
  }
}

package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.Filter;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.IngestReport;
import dev.gazette.OpenSearchTarget;
import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.SearchResult;
import dev.gazette.SearchResult.Hit;
import dev.gazette.TestData;
import dev.gazette.UnsupportedFeatureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same Reuters-21578 articles, loaded through core's JSONL reader into the embedded index and
 * into an index of three shards on the three-node cluster, answer the same requests alike: equal
 * totals and facet counts, top-ten hits overlapping by at least 0.9 on average, for a sample of the
 * search-benchmark-game queries and for facet filters (multi-select), with equal date-sorted pages
 * and cursors.
 */
class OpenSearchParityTest {
  static final List<String> DIMENSIONS = List.of("topics", "places", "people", "orgs", "exchanges");
  /** Every how many benchmark queries one is taken. */
  static final int SAMPLE_EVERY = 3;
  /** The defaults without pseudo-relevance feedback, which only the embedded engine applies. */
  static final GazetteConfig SAME_RANKING = GazetteConfig.defaults().withFeedback(0, 10, 0.5f);
  static Gazette embedded;
  static Gazette remote;

  @BeforeAll
  static void load() {
    Path corpus = TestData.sharedData("reuters21578/reuters21578.jsonl.gz");
    OpenSearchCluster cluster = OpenSearchCluster.shared();
    embedded = Gazette.inMemory(SAME_RANKING);
    IngestReport local = embedded.load(ArticleReader.of(corpus));
    embedded.commit();
    long started = System.nanoTime();
    remote = Gazette.connect(OpenSearchTarget.of(cluster.urls().get(0).toString(), "reuters-parity").withShards(3, 0),
        SAME_RANKING);
    IngestReport loaded = remote.load(ArticleReader.of(corpus));
    remote.commit();
    System.err.printf("Reuters into OpenSearch: %d articles in %d ms%n", loaded.accepted(),
        (System.nanoTime() - started) / 1_000_000);
    assertEquals(local.accepted(), loaded.accepted());
  }

  @AfterAll
  static void close() {
    if (embedded != null) {
      embedded.close();
    }
    if (remote != null) {
      remote.close();
    }
  }

  @Test
  void benchmarkQueriesGiveTheSameTotalsFacetsAndTopHits() throws IOException {
    List<String> lines = Files.readAllLines(TestData.sharedData("search-benchmark-game/queries.txt"));
    int queries = 0;
    int sameTotals = 0;
    int sameTopSets = 0;
    int sameFacets = 0;
    double overlap = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += SAMPLE_EVERY) {
      JsonObject line = JsonParser.parseString(lines.get(i)).getAsJsonObject();
      String type = line.getAsJsonArray("tags").get(0).getAsString();
      Operator operator = type.startsWith("union") ? Operator.OR : Operator.AND;
      SearchRequest request = SearchRequest.builder().query(line.get("query").getAsString()).operator(operator)
          .facets(DIMENSIONS.toArray(String[]::new)).highlight(false).typoTolerance(false).build();
      SearchResult mine = embedded.search(request);
      SearchResult theirs = remote.search(request);
      queries++;
      if (mine.total() == theirs.total()) {
        sameTotals++;
      } else {
        differences.add(request.query() + ": " + mine.total() + " vs " + theirs.total());
      }
      if (mine.facets().equals(theirs.facets())) {
        sameFacets++;
      } else {
        differences.add(request.query() + ": facets differ " + mine.facets() + " vs " + theirs.facets());
      }
      Set<String> a = ids(mine.hits());
      Set<String> b = ids(theirs.hits());
      sameTopSets += a.equals(b) ? 1 : 0;
      Set<String> shared = new HashSet<>(a);
      shared.retainAll(b);
      overlap += a.isEmpty() && b.isEmpty() ? 1 : (double) shared.size() / Math.max(a.size(), b.size());
    }
    double meanOverlap = overlap / queries;
    System.err.printf("Parity on %d benchmark queries: totals %d, facets %d, top-10 sets %d, mean top-10 overlap %.3f%n",
        queries, sameTotals, sameFacets, sameTopSets, meanOverlap);
    differences.stream().limit(20).forEach(System.err::println);
    assertEquals(queries, sameTotals, "totals differ: " + differences);
    assertEquals(queries, sameFacets, "facet counts differ: " + differences);
    assertTrue(meanOverlap >= 0.9, "mean top-10 overlap " + meanOverlap);
  }

  /**
   * The forms the benchmark queries lack, each planned once for both engines: prefixes (plain,
   * several, fielded, typed as you go), near misses when only typo tolerance matches, synonyms
   * (with alternatives of several words: {@code usa} is also {@code united states}), phrases with
   * exclusions, and every filter form (dates, selections, narrowing filters, {@code dim:value} in
   * the query, scored beside words). Totals, facet counts and top-ten sets are equal.
   */
  @Test
  void everyQueryFormGivesTheSameTotalsFacetsAndTopTen() {
    Instant from = Instant.parse("1987-03-01T00:00:00Z");
    Instant to = Instant.parse("1987-03-31T23:59:59.999Z");
    List<SearchRequest.Builder> requests = new ArrayList<>();
    for (String query : List.of("co*", "ma*", "co* ma* pr*", "cocoa pr*", "title:tra*", "pr* -oil", "gold OR sil*")) {
      requests.add(SearchRequest.builder().query(query));
    }
    for (String query : List.of("oil pri", "bank of ja", "coffee ex")) {
      requests.add(SearchRequest.builder().query(query).prefixLast(true));
    }
    for (String query : List.of("cofee", "petroleom exports", "goverment bonds", "internatinal monetary",
        "sugarr", "wheet OR barlley")) {
      requests.add(SearchRequest.builder().query(query).typoTolerance(true));
    }
    for (String query : List.of("north korea", "soviet union grain", "dprk", "ussr wheat", "usa", "united states trade",
        "u.s. dollar")) {
      requests.add(SearchRequest.builder().query(query));
    }
    for (String query : List.of("\"oil prices\" -opec", "\"crude oil\" NOT iran", "\"interest rates\" -\"federal reserve\"",
        "\"trade deficit\" -japan -\"west germany\"")) {
      requests.add(SearchRequest.builder().query(query));
    }
    requests.add(SearchRequest.builder().query("oil").from(from).to(to));
    requests.add(SearchRequest.builder().query("grain").from(from));
    requests.add(SearchRequest.builder().query("").to(from));
    requests.add(SearchRequest.builder().query("prices").filter("topics", "crude").filter("topics", "gas"));
    requests.add(SearchRequest.builder().query("prices").filter(Filter.parse("NOT places:usa")));
    requests.add(SearchRequest.builder().query("oil").filter(Filter.parse("orgs:opec OR people:yamani")));
    requests.add(SearchRequest.builder().query("trade").filter(Filter.parse("topics:trade AND places:japan")));
    requests.add(SearchRequest.builder().query("shares").filter("topics", "acq").filter(Filter.parse("NOT places:uk"))
        .from(from).to(to));
    requests.add(SearchRequest.builder().query("topics:grain wheat"));
    requests.add(SearchRequest.builder().query("places:japan -topics:trade"));
    requests.add(SearchRequest.builder().query("topics:coffee topics:cocoa"));
    requests.add(SearchRequest.builder().query("topics:coffee OR topics:cocoa prices"));
    requests.add(SearchRequest.builder().query("oil published:1987/03"));
    List<String> differences = new ArrayList<>();
    for (SearchRequest.Builder builder : requests) {
      SearchRequest request = builder.facets(DIMENSIONS.toArray(String[]::new)).highlight(false).build();
      SearchResult mine = embedded.search(request);
      SearchResult theirs = remote.search(request);
      String name = request.query() + " " + request.filters() + " " + request.from() + ".." + request.to();
      if (mine.total() != theirs.total() || mine.typoTolerant() != theirs.typoTolerant()) {
        differences.add(name + ": totals " + mine.total() + (mine.typoTolerant() ? " (typos)" : "") + " vs "
            + theirs.total() + (theirs.typoTolerant() ? " (typos)" : ""));
      }
      if (!mine.facets().equals(theirs.facets())) {
        differences.add(name + ": facets " + mine.facets() + " vs " + theirs.facets());
      }
      if (!ids(mine.hits()).equals(ids(theirs.hits()))) {
        differences.add(name + ": top ten " + mine.hits().stream().map(Hit::id).toList() + " vs "
            + theirs.hits().stream().map(Hit::id).toList());
      }
      if (mine.total() == 0) {
        differences.add(name + ": finds nothing, so it compares nothing");
      }
    }
    System.err.printf("Parity on %d query forms: %d differences%n", requests.size(), differences.size());
    differences.forEach(System.err::println);
    assertEquals(List.of(), differences);
  }

  @Test
  void facetFiltersCountEachDimensionAsMultiSelect() {
    SearchRequest all = SearchRequest.builder().facets("topics", "places").facetLimit(5).highlight(false).build();
    SearchResult overview = embedded.search(all);
    assertEquals(overview.facets(), remote.search(all).facets());
    List<SearchResult.FacetValue> topics = overview.facets().get("topics");
    List<SearchResult.FacetValue> places = overview.facets().get("places");
    int requests = 0;
    for (int t = 0; t < topics.size(); t++) {
      for (String query : List.of("", "prices", "\"oil prices\"", "bank -rates")) {
        SearchRequest.Builder filtered = SearchRequest.builder().query(query)
            .filter("topics", topics.get(t).value()).filter("topics", topics.get((t + 1) % topics.size()).value())
            .filter("places", places.get(t).value())
            .facets(DIMENSIONS.toArray(String[]::new)).highlight(false).timeline(true).facetLimit(20);
        SearchRequest request = filtered.build();
        SearchResult mine = embedded.search(request);
        SearchResult theirs = remote.search(request);
        assertEquals(mine.total(), theirs.total(), request.toString());
        assertEquals(mine.facets(), theirs.facets(), request.toString());
        assertEquals(mine.timeline(), theirs.timeline(), request.toString());
        requests++;
      }
    }
    System.err.printf("Parity on %d filtered requests: totals, facets and timelines equal%n", requests);
  }

  @Test
  void dateSortsAndCursorsPageAlike() {
    for (SearchRequest.Sort sort : List.of(SearchRequest.Sort.NEWEST, SearchRequest.Sort.OLDEST)) {
      SearchRequest first = SearchRequest.builder().query("grain").sort(sort).size(20).highlight(false)
          .facets("published").build();
      SearchResult mine = embedded.search(first);
      SearchResult theirs = remote.search(first);
      assertEquals(ids(mine.hits()), ids(theirs.hits()));
      assertEquals(mine.hits().stream().map(Hit::id).toList(), theirs.hits().stream().map(Hit::id).toList());
      assertEquals(mine.facets(), theirs.facets());
      SearchResult nextMine = embedded.search(first.toBuilder().cursor(mine.nextCursor()).build());
      SearchResult nextTheirs = remote.search(first.toBuilder().cursor(theirs.nextCursor()).build());
      assertEquals(nextMine.hits().stream().map(Hit::id).toList(), nextTheirs.hits().stream().map(Hit::id).toList());
      SearchResult byPage = remote.search(first.toBuilder().page(2).build());
      assertEquals(nextTheirs.hits().stream().map(Hit::id).toList(), byPage.hits().stream().map(Hit::id).toList());
    }
    for (String query : List.of("oil prices", "coffee", "bank")) {
      SearchRequest recency = SearchRequest.builder().query(query).sort(SearchRequest.Sort.RECENCY).highlight(false).build();
      List<Hit> mine = embedded.search(recency).hits();
      List<Hit> theirs = remote.search(recency).hits();
      assertEquals(ids(mine), ids(theirs), query);
      assertEquals(mine.get(0).score(), theirs.get(0).score(), 1e-3 * mine.get(0).score(), query);
    }
    SearchRequest relevance = SearchRequest.builder().query("coffee").size(10).highlight(false).build();
    SearchResult page1 = remote.search(relevance);
    SearchResult page2 = remote.search(relevance.toBuilder().cursor(page1.nextCursor()).build());
    SearchResult byNumber = remote.search(relevance.toBuilder().page(2).build());
    assertEquals(byNumber.hits().stream().map(Hit::id).toList(), page2.hits().stream().map(Hit::id).toList());
  }

  @Test
  void highlightsUseTheRequestedTagsAndPassageSizes() {
    SearchRequest request = SearchRequest.builder().query("coffee prices").tags("[", "]").build();
    for (Hit hit : remote.search(request).hits()) {
      assertTrue(hit.snippets().title().contains("[") || hit.snippets().body().stream().anyMatch(s -> s.contains("[")),
          hit.id());
      assertTrue(hit.snippets().body().size() <= 3);
      hit.snippets().body().forEach(passage -> assertTrue(passage.replaceAll("[\\[\\]]", "").length() <= 400, passage));
    }
    SearchRequest typo = SearchRequest.builder().query("cofee").build();
    SearchResult mine = embedded.search(typo);
    SearchResult theirs = remote.search(typo);
    assertTrue(theirs.typoTolerant());
    assertEquals(mine.total(), theirs.total());
  }

  @Test
  void titlesAreMarkedAlike() {
    // Body passages are cut by each engine's own highlighter; only their count is measured.
    int titles = 0;
    int same = 0;
    int sameBodies = 0;
    for (String query : List.of("oil", "coffee prices", "bank rates", "grain exports", "gold", "\"crude oil\"",
        "tin*", "yen OR dollar", "wheat -corn", "japan trade")) {
      SearchRequest request = SearchRequest.builder().query(query).size(20).tags("<em>", "</em>").build();
      List<Hit> mine = embedded.search(request).hits();
      List<Hit> theirs = remote.search(request).hits();
      for (Hit hit : theirs) {
        for (Hit other : mine) {
          if (other.id().equals(hit.id())) {
            titles++;
            same += other.snippets().title().equals(hit.snippets().title()) ? 1 : 0;
            sameBodies += other.snippets().body().equals(hit.snippets().body()) ? 1 : 0;
          }
        }
      }
    }
    System.err.printf("Highlighted titles identical on %d of %d hits, body passages on %d%n", same, titles, sameBodies);
    assertEquals(titles, same);
  }

  @Test
  void spellingSuggestionsMatchAndMissingFeaturesSaySo() {
    for (String query : List.of("petroleom exports", "cofee prices", "wheat")) {
      SearchRequest request = SearchRequest.builder().query(query).typoTolerance(false).highlight(false).build();
      assertEquals(embedded.search(request).didYouMean(), remote.search(request).didYouMean(), query);
    }
    assertEquals("petroleum exports", remote.search(SearchRequest.of("petroleom exports")).didYouMean());
    UnsupportedFeatureException missing = assertThrows(UnsupportedFeatureException.class,
        () -> remote.suggest("oil", 5, "<b>", "</b>"));
    assertTrue(missing.getMessage().contains("OpenSearch"));
  }

  @Test
  void articlesAreWrittenReadAndDeleted() {
    Article article = new Article("parity-write", "Cocoa growers meet in Abidjan", Instant.parse("1987-05-04T10:00:00Z"),
        List.of("Three lines", "of a haiku"), List.of("Cocoa growers met.", "They agreed on quotas."), "see also 42",
        "https://example.org/1", "A. Writer", "commodities", List.of("cocoa", "ivory coast"), "en",
        Map.of("topics", List.of("cocoa"), "desk", List.of("Africa ")));
    remote.upsert(article);
    assertEquals(Optional.of(article), remote.get("parity-write"));
    remote.refresh();
    SearchResult found = remote.search(SearchRequest.builder().query("desk:Africa").facets("desk").build());
    assertEquals(List.of("parity-write"), found.hits().stream().map(Hit::id).toList());
    assertEquals("Africa", found.facets().get("desk").get(0).value());
    assertTrue(remote.delete("parity-write"));
    assertFalse(remote.delete("parity-write"));
    assertEquals(Optional.empty(), remote.get("parity-write"));
    remote.refresh();
    assertEquals(0, remote.search(SearchRequest.of("id:parity-write")).total());
  }

  private static Set<String> ids(List<Hit> hits) {
    Set<String> ids = new HashSet<>();
    hits.forEach(hit -> ids.add(hit.id()));
    return ids;
  }
}

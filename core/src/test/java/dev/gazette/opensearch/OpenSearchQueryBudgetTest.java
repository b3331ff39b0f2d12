package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.OpenSearchTarget;
import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.Operator;
import dev.gazette.SearchResult;
import dev.gazette.SharedReuters;
import dev.gazette.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the three-node cluster, with all of Reuters-21578 in three shards: the adversarial prefix and
 * typo queries answer within the clause budget as the embedded engine does (same expansion
 * decision), search as you type and stop-word phrases work alike, and a failure of the cluster
 * reaches the caller in Gazette's words, never with OpenSearch's error text.
 */
class OpenSearchQueryBudgetTest {
  private static final String INDEX = "reuters-budget";
  private static Gazette embedded;
  private static Gazette remote;

  @BeforeAll
  static void load() {
    embedded = SharedReuters.gazette();
    OpenSearchCluster cluster = OpenSearchCluster.shared();
    remote = Gazette.connect(OpenSearchTarget.of(cluster.urls().get(0).toString(), INDEX).withShards(3, 0),
        GazetteConfig.defaults());
    assertEquals(SharedReuters.ARTICLES,
        remote.load(ArticleReader.of(TestData.sharedData("reuters21578/reuters21578.jsonl.gz"))).accepted());
    remote.commit();
  }

  @AfterAll
  static void close() {
    if (remote != null) {
      remote.close();
    }
  }

  @Test
  void adversarialPrefixAndTypoQueriesAnswer() {
    String sixtyFour = String.join(" ", List.of("co", "ma", "pr", "st", "re", "in", "de", "ex", "se", "pa", "ca", "tr",
        "ba", "ch", "di", "fi", "ge", "ha", "la", "li", "mo", "ne", "of", "op", "pe", "pl", "ra", "sa", "sh", "sp", "su",
        "te", "to", "un", "ve", "wa", "wh", "ac", "ad", "al", "an", "ap", "ar", "as", "be", "bo", "bu", "cl", "cr", "da",
        "dr", "ea", "em", "en", "fa", "fo", "fr", "go", "gr", "he", "ho", "im", "lo", "me").stream()
        .map(p -> p + "*").toList());
    for (Operator operator : Operator.values()) {
      for (String query : List.of("co* ma* pr* st* re*",
          "co* OR ma* pr* -gu* \"oil prices\" NOT zi* in* OR de* ex* se* pa* ca* st* re* tr* ba*")) {
        SearchResult theirs = remote.search(request(query, operator));
        assertTrue(theirs.total() > 0, query + " " + operator);
      }
      SearchResult mine = embedded.search(request(sixtyFour, operator));
      SearchResult theirs = remote.search(request(sixtyFour, operator));
      assertEquals(mine.total(), theirs.total(), "64 prefixes, " + operator);
    }
    String misspelled = "governmnetq petrolueemq internatoinalq shareholdresq corporatoinq acquisitoinq";
    SearchResult typos = remote.search(request((misspelled + " ").repeat(10).strip(), Operator.OR));
    assertTrue(typos.typoTolerant() && typos.total() > 1_000, "typo retry found " + typos.total());
  }

  @Test
  void searchAsYouTypeAndStopWordPhrasesMatchTheEmbeddedEngine() {
    for (String query : List.of("oil pri", "bank of ja", "the who", "AND OR")) {
      SearchRequest request = SearchRequest.builder().query(query).prefixLast(true).feedback(false).highlight(false)
          .build();
      SearchResult mine = embedded.search(request);
      SearchResult theirs = remote.search(request);
      assertEquals(mine.total(), theirs.total(), query);
      assertTrue(theirs.total() > 0 && theirs.total() < SharedReuters.ARTICLES, query + ": " + theirs.total());
    }
  }

  @Test
  void aClusterFailureIsReportedInOurWordsOnly() throws Exception {
    OpenSearchCluster cluster = OpenSearchCluster.shared();
    String gone = "budget-gone";
    try (Gazette doomed = Gazette.connect(OpenSearchTarget.of(cluster.urls().get(0).toString(), gone),
        GazetteConfig.defaults())) {
      doomed.load(ArticleReader.of(TestData.repository().resolve("seeds")));
      doomed.commit();
      deleteEveryIndex(cluster.urls().get(0), gone);
      GazetteException failed = assertThrows(GazetteException.class,
          () -> doomed.search(SearchRequest.of("north korea")));
      String message = failed.getMessage();
      assertTrue(message.contains("the details are in the server log"), message);
      for (String leak : List.of(gone, "index_not_found", "root_cause", "\"type\"", "shard", "uuid")) {
        assertFalse(message.contains(leak), "'" + leak + "' leaked: " + message);
      }
    }
  }

  private static SearchRequest request(String query, Operator operator) {
    return SearchRequest.builder().query(query).operator(operator).facets("topics").build();
  }

  /** Deletes the indexes whose names start with {@code prefix}, behind the back of the Gazette using them. */
  private static void deleteEveryIndex(URI node, String prefix) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      String names = http.send(HttpRequest.newBuilder(node.resolve("/_cat/indices/" + prefix + "*?h=index")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      for (String name : names.strip().split("\\s+")) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(node.resolve("/" + name)).DELETE().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
      }
    }
  }
}

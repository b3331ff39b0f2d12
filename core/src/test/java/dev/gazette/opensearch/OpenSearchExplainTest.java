package dev.gazette.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.gazette.Article;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.OpenSearchTarget;
import dev.gazette.SearchRequest;
import dev.gazette.SearchRequest.Sort;
import dev.gazette.SearchResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On the three-node cluster, with articles spread over three shards whose term statistics differ,
 * {@code explain} reproduces the score of each hit on the first page: the explanation uses every
 * shard's statistics as the search does ({@code dfs_query_then_fetch}), and the query that ranked
 * the hit (recency, prefixes typed as you go, near misses when only typo tolerance matches).
 */
class OpenSearchExplainTest {
  private static final List<String> WORDS = List.of("grain", "wheat", "oil", "crude", "prices", "bank", "rates",
      "coffee", "cocoa", "sugar", "gold", "shares", "dollar", "exports", "harvest", "tariffs", "opec", "quota");
  private static Gazette remote;

  @BeforeAll
  static void load() {
    OpenSearchCluster cluster = OpenSearchCluster.shared();
    remote = Gazette.connect(new OpenSearchTarget(cluster.urls(), "explain", null, null, 3, 0), GazetteConfig.defaults());
    remote.upsertAll(articles(400));
    remote.commit();
  }

  @AfterAll
  static void close() {
    if (remote != null) {
      remote.close();
    }
  }

  /** Articles of a few words each, drawn unevenly, so that each shard counts the words differently. */
  private static List<Article> articles(int count) {
    Random random = new Random(18);
    Instant first = Instant.parse("1987-01-01T00:00:00Z");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> title = new ArrayList<>();
      List<String> body = new ArrayList<>();
      for (int w = 0; w < 3; w++) {
        title.add(WORDS.get((int) (Math.abs(random.nextGaussian()) * 5) % WORDS.size()));
      }
      for (int w = 0; w < 12 + random.nextInt(30); w++) {
        body.add(WORDS.get(random.nextInt(WORDS.size())));
      }
      articles.add(Article.of("e" + i, String.join(" ", title), first.plus(random.nextInt(300), ChronoUnit.DAYS),
          List.of(String.join(" ", body) + ".")));
    }
    return articles;
  }

  static Stream<Arguments> requests() {
    return Stream.of(SearchRequest.builder().query("crude oil"), SearchRequest.builder().query("\"crude oil\" prices"),
            SearchRequest.builder().query("cocoa exp").prefixLast(true), SearchRequest.builder().query("tarifs"))
        .flatMap(builder -> Stream.of(Sort.RELEVANCE, Sort.RECENCY).map(sort -> Arguments.of(builder.sort(sort).build())));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void theExplanationAddsUpToTheHitsScore(SearchRequest request) {
    SearchResult result = remote.search(request);
    assertFalse(result.hits().isEmpty(), request.query());
    assertEquals(request.query().equals("tarifs"), result.typoTolerant(), request.query());
    for (SearchResult.Hit hit : result.hits()) {
      String explanation = remote.explain(request, hit.id()).orElseThrow(
          () -> new AssertionError(hit.id() + " was found by " + request.query() + " but explain says it does not match"));
      float explained = JsonParser.parseString(explanation).getAsJsonObject().get("value").getAsFloat();
      assertEquals(hit.score(), explained, Math.ulp(hit.score()) * 8,
          request.query() + " / " + request.sort() + " / " + hit.id() + ":\n" + explanation);
    }
    assertTrue(remote.explain(request, "no-such-article").isEmpty());
  }
}

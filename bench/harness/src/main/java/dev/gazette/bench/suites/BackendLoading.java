package dev.gazette.bench.suites;

import dev.gazette.Article;
import dev.gazette.Gazette;
import dev.gazette.OpenSearchTarget;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.opensearch.OpenSearchClient;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Loading Reuters through Gazette's OpenSearch backend, as {@code gazette reindex --backend
 * opensearch} and a server on that backend load articles (Gazette builds each document, mentions
 * included, and sends concurrent {@code _bulk} requests), against OpenSearch's own {@code _bulk} on
 * two connections with bodies built before the clock starts: the two take turns round by round on
 * the same node.
 */
final class BackendLoading {
  /** The backend's index name (an alias over its generations). */
  private static final String INDEX = "bench-backend";
  /** Articles handed to the backend at once, as {@code Gazette.load} hands them. */
  private static final int LOAD_BATCH = 2_000;

  /** OpenSearch's own bulk load, timed: the nanoseconds it took. */
  interface OwnBulk {
    long nanos() throws Exception;
  }

  private BackendLoading() {}

  /** The section's paragraph and table; adds the goal to {@code goals}. */
  static String run(BenchContext context, int port, OpenSearchClient client, OwnBulk own, int rounds, List<Goal> goals)
      throws Exception {
    Corpus reuters = context.reuters();
    List<Article> articles = IntStream.range(0, reuters.size()).mapToObj(reuters::article).toList();
    OpenSearchTarget target = OpenSearchTarget.of("http://127.0.0.1:" + port, INDEX).withShards(1, 0);
    List<Double> backendRates = new ArrayList<>();
    List<Double> ownRates = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int round = -1; round < rounds; round++) {
      double backend = 0;
      double bulk = 0;
      for (int turn = 0; turn < 2; turn++) {
        if ((turn == 0) == (Math.floorMod(round, 2) == 0)) {
          backend = articles.size() / (load(context, target, articles) / 1e9);
          client.deleteStartingWith(INDEX);
        } else {
          bulk = articles.size() / (own.nanos() / 1e9);
        }
      }
      System.err.printf("  round %d: OpenSearch backend %.0f docs/s, OpenSearch's own _bulk %.0f docs/s%n", round, backend, bulk);
      if (round >= 0) {
        backendRates.add(backend);
        ownRates.add(bulk);
        ratios.add(backend / bulk);
      }
    }
    Spread ratio = Spread.of(ratios);
    goals.add(new Goal("Loading Reuters through Gazette's OpenSearch backend", "≥ 0.8× OpenSearch's own `_bulk`",
        Fmt.ratio(ratio) + " (" + Fmt.rate(Spread.of(backendRates)) + " against " + Fmt.rate(Spread.of(ownRates))
        + " docs/s)", ratio.median() >= 0.8));
    Table table = new Table("loader", "docs/s: median (min–max)", "vs OpenSearch's own `_bulk`, same round");
    table.row("Gazette's OpenSearch backend (`Gazette.connect`, `upsertAll` of " + Fmt.count(LOAD_BATCH)
        + " at a time, `commit`)", Fmt.rate(Spread.of(backendRates)), Fmt.ratio(ratio));
    table.row("OpenSearch's own `_bulk`, 2 connections, bodies built before the clock", Fmt.rate(Spread.of(ownRates)),
        "baseline");
    return """
        ### Loading through Gazette's OpenSearch backend

        Reuters loaded into a new index on the same node by Gazette's OpenSearch backend, as `gazette
        reindex --backend opensearch` and a server on that backend load articles: Gazette builds each
        document (finding its countries, people and organizations on the clock) and sends `_bulk`
        requests of 500 articles, two in flight at a time, handed %s articles at a time, then commits
        (a refresh). Against it, OpenSearch's own `_bulk` as in the table above (2 connections,
        bodies built before the clock, then refresh and flush). One untimed round, then %d rounds,
        taking turns.

        %s
        """.formatted(Fmt.count(LOAD_BATCH), rounds, table.markdown());
  }

  private static long load(BenchContext context, OpenSearchTarget target, List<Article> articles) throws Exception {
    try (Gazette gazette = Gazette.connect(target, context.config())) {
      long started = System.nanoTime();
      for (int from = 0; from < articles.size(); from += LOAD_BATCH) {
        gazette.upsertAll(articles.subList(from, Math.min(articles.size(), from + LOAD_BATCH)));
      }
      gazette.commit();
      return System.nanoTime() - started;
    }
  }
}

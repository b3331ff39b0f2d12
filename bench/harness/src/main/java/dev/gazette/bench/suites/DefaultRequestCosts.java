package dev.gazette.bench.suites;

import dev.gazette.GazetteConfig;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.engine.Answer;
import dev.gazette.bench.engine.GazetteSearcher;
import dev.gazette.bench.engine.PreparedSearch;
import dev.gazette.bench.engine.RequestKind;
import dev.gazette.bench.lucene.ParsedQueries;
import dev.gazette.bench.measure.Comparison;
import dev.gazette.bench.measure.Interleaved;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The search users get against the search the engine comparisons time: the default request beside
 * the fast profile, and the default without each of its extras, every request of every query run
 * back to back (interleaved), so each extra's cost is a difference measured under the same
 * conditions; plus what each extra buys on the same queries, and the query parse and plan alone.
 */
final class DefaultRequestCosts {
  /** The feedback an installation may turn on: the setting docs/relevance.md chose. */
  private static final int FEEDBACK_DOCS = 5;
  private static final int FEEDBACK_TERMS = 20;
  private static final float FEEDBACK_WEIGHT = 0.8f;

  private DefaultRequestCosts() {}

  /** The Markdown of the comparison and the goals it checks. */
  record Report(String markdown, List<Goal> goals) {}

  /** Times the requests on the Reuters index in {@code index}: {@code warmups} untimed passes, then {@code rounds}. */
  static Report run(Path index, GazetteConfig config, List<BenchQuery> queries, int warmups, int rounds)
      throws Exception {
    GazetteConfig withFeedback = config.withFeedback(FEEDBACK_DOCS, FEEDBACK_TERMS, FEEDBACK_WEIGHT);
    try (GazetteSearcher gazette = GazetteSearcher.open(index, config);
        GazetteSearcher feedback = GazetteSearcher.openReadOnly(index, withFeedback)) {
      List<List<PreparedSearch>> searches = new ArrayList<>();
      for (RequestKind kind : RequestKind.values()) {
        GazetteSearcher engine = kind == RequestKind.WITH_FEEDBACK ? feedback : gazette;
        searches.add(queries.stream().map(q -> engine.prepare(q, kind)).toList());
      }
      ParsedQueries parser = new ParsedQueries(config);
      Answer none = new Answer(0, List.of());
      searches.add(queries.stream().<PreparedSearch>map(q -> () -> parser.ranking(q) == null ? null : none).toList());
      List<Interleaved.Timings> timings = Interleaved.run(searches, warmups, rounds);
      Map<RequestKind, Interleaved.Timings> byKind = new EnumMap<>(RequestKind.class);
      for (RequestKind kind : RequestKind.values()) {
        byKind.put(kind, timings.get(kind.ordinal()));
      }
      Interleaved.Timings parse = timings.get(RequestKind.values().length);
      Bought bought = Bought.measure(gazette, queries, byKind);
      return report(config, queries.size(), rounds, byKind, parse, bought);
    }
  }

  /**
   * What the extras buy on the benchmark queries, counted off the clock.
   *
   * @param zeroHits queries the fast profile finds nothing for
   * @param typoRescued of those, queries the typo retry finds articles for
   * @param fewHits queries finding fewer than five articles
   * @param suggested of those, queries given a did-you-mean
   * @param highlighted hits given a highlighted body passage, of all hits of the default
   * @param hits all hits of the default
   * @param reordered queries whose top ten feedback changes (order or set)
   */
  private record Bought(int zeroHits, int typoRescued, int fewHits, int suggested, int highlighted, int hits,
      int reordered) {
    static Bought measure(GazetteSearcher gazette, List<BenchQuery> queries,
        Map<RequestKind, Interleaved.Timings> timings) {
      int zero = 0;
      int rescued = 0;
      int few = 0;
      int suggested = 0;
      int highlighted = 0;
      int hits = 0;
      int reordered = 0;
      for (int q = 0; q < queries.size(); q++) {
        SearchResult result = gazette.search(RequestKind.DEFAULT.request(queries.get(q)));
        long exact = timings.get(RequestKind.FAST).answers().get(q).total();
        zero += exact == 0 ? 1 : 0;
        rescued += result.typoTolerant() ? 1 : 0;
        few += exact < 5 ? 1 : 0;
        suggested += result.didYouMean() != null ? 1 : 0;
        for (SearchResult.Hit hit : result.hits()) {
          hits++;
          highlighted += hit.snippets() != null && !hit.snippets().body().isEmpty() ? 1 : 0;
        }
        List<String> without = timings.get(RequestKind.NO_FEEDBACK).answers().get(q).ids();
        List<String> with = timings.get(RequestKind.WITH_FEEDBACK).answers().get(q).ids();
        reordered += without.equals(with) ? 0 : 1;
      }
      return new Bought(zero, rescued, few, suggested, highlighted, hits, reordered);
    }
  }

  private static Report report(GazetteConfig config, int queries, int rounds, Map<RequestKind, Interleaved.Timings> t,
      Interleaved.Timings parse, Bought bought) {
    Interleaved.Timings fast = t.get(RequestKind.FAST);
    Table requests = new Table("request", "p50", "p90", "p99", "mean", "p50 vs fast", "p99 vs fast",
        "per-round p50 ratio", "median per-query ratio");
    for (RequestKind kind : RequestKind.values()) {
      Latency l = t.get(kind).pooled();
      Comparison c = new Comparison(t.get(kind), fast);
      boolean base = kind == RequestKind.FAST;
      requests.row(kind.label(), Fmt.micros(l.p50()), Fmt.micros(l.p90()), Fmt.micros(l.p99()), Fmt.micros(l.mean()),
          base ? "baseline" : Fmt.ratio(c.p50Ratio()), base ? "" : Fmt.ratio(l.p99() / fast.pooled().p99()),
          base ? "" : Fmt.ratio(c.p50RatioByRound()), base ? "" : Fmt.ratio(c.medianPerSearchRatio()));
    }
    Table features = new Table("extra", "on by default", "adds: median", "adds: p99", "adds: mean", "what it buys here");
    row(features, "highlighting", "yes", t, RequestKind.DEFAULT, RequestKind.NO_HIGHLIGHT,
        bought.highlighted() + " of " + bought.hits() + " hits get a marked body passage (every hit its marked title)");
    row(features, "typo retry", "yes", t, RequestKind.DEFAULT, RequestKind.NO_TYPO_RETRY,
        bought.typoRescued() + " of the " + bought.zeroHits() + " queries that match nothing find articles");
    row(features, "did-you-mean", "yes", t, RequestKind.DEFAULT, RequestKind.NO_DID_YOU_MEAN,
        bought.suggested() + " of the " + bought.fewHits() + " queries with fewer than 5 hits get a suggestion");
    row(features, "RM3 feedback", config.ranking().feedbackDocs() > 0 ? "yes" : "no (opt-in)", t,
        RequestKind.WITH_FEEDBACK, RequestKind.NO_FEEDBACK,
        "reorders the top ten of " + bought.reordered() + " queries; +0.013 nDCG@10, +0.021 MAP on average over "
            + "five judged collections, none on TIME, the news one (docs/relevance.md)");

    Latency defaults = t.get(RequestKind.DEFAULT).pooled();
    Latency fastest = fast.pooled();
    double p50Ratio = defaults.p50() / fastest.p50();
    double p99Ratio = defaults.p99() / fastest.p99();
    Comparison parsing = new Comparison(parse, fast);
    double parseShare = parsing.p50Ratio();
    List<Goal> goals = List.of(
        new Goal("Default request p50 in process, Reuters", "≤ 2× the fast profile",
            Fmt.micros(defaults.p50()) + " = " + Fmt.ratio(p50Ratio) + " (fast " + Fmt.micros(fastest.p50()) + ")",
            p50Ratio <= 2),
        new Goal("Default request p99 in process, Reuters", "≤ 3× the fast profile",
            Fmt.micros(defaults.p99()) + " = " + Fmt.ratio(p99Ratio) + " (fast " + Fmt.micros(fastest.p99()) + ")",
            p99Ratio <= 3),
        new Goal("Query parse + plan", "≤ 10% of the fast profile's p50",
            Fmt.micros(parse.pooled().p50()) + " = " + percent(parseShare) + " (per query, median: "
                + percent(parsing.medianPerSearchRatio()) + ")", parseShare <= 0.10));
    String markdown = """
        ### The default request against the fast profile

        Every benchmark query run as each of these requests back to back (%d queries, two untimed
        passes, then %d timed passes, each in a new shuffled order, the first request to run
        rotating), on the same Reuters index, top ten, the query's own operator. The **default** is
        `SearchRequest.builder().query(q).size(10)`, what a user of the library, the HTTP API or the
        search page gets; the **fast profile** (`profile(Profile.FAST)`, HTTP `profile=fast`) turns
        highlighting, typo retry, did-you-mean and feedback off, and is the request of the engine
        comparisons above. Pseudo-relevance feedback is %s in the default configuration; its row runs
        the default request on the same index opened with feedback configured (`GazetteConfig
        .withFeedback(%d, %d, %s)`).

        %s
        What each extra adds, query by query (each query's median time with it minus its median time
        without it; the median, 99th percentile and mean of that over the queries), and what it buys on
        these queries (counted off the clock):

        %s
        **Query parse and plan.** The text parsed and the ranking query built (Gazette's parser and
        query factory, what a search does before Lucene runs), timed in the same interleaving: p50 %s,
        %s of the fast profile's p50 (median per query %s).
        """.formatted(queries, rounds, config.ranking().feedbackDocs() > 0 ? "on" : "off", FEEDBACK_DOCS, FEEDBACK_TERMS, FEEDBACK_WEIGHT, requests.markdown(),
        features.markdown(), Fmt.micros(parse.pooled().p50()), percent(parseShare),
        percent(parsing.medianPerSearchRatio()));
    return new Report(markdown, goals);
  }

  /**
   * A row of {@code features}: what {@code with} adds over {@code without} query by query (each
   * query's median time with it minus its median time without it), at the median, the 99th
   * percentile and the mean over queries, and what it buys.
   */
  private static void row(Table features, String extra, String on, Map<RequestKind, Interleaved.Timings> t,
      RequestKind with, RequestKind without, String buys) {
    double[] added = new double[t.get(with).answers().size()];
    for (int q = 0; q < added.length; q++) {
      added[q] = t.get(with).median(q) - t.get(without).median(q);
    }
    Arrays.sort(added);
    features.row(extra, on, Fmt.micros(added[added.length / 2]), Fmt.micros(added[(int) Math.ceil(0.99 * added.length) - 1]),
        Fmt.micros(Arrays.stream(added).average().orElse(0)), buys);
  }

  private static String percent(double share) {
    return Fmt.decimal(share * 100, 1) + "%";
  }

}

package dev.gazette.bench.suites;

import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.engine.GazetteSearcher;
import dev.gazette.bench.engine.PreparedSearch;
import dev.gazette.bench.engine.SearchEngine;
import dev.gazette.bench.engine.Variant;
import dev.gazette.bench.lucene.RawSearcher;
import dev.gazette.bench.measure.Comparison;
import dev.gazette.bench.measure.Interleaved;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.report.BarChart;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * In-process search latency on Reuters-21578: Gazette's {@code search} against raw Lucene running
 * the very query objects Gazette builds, top ten with exact totals, plain, with facets and with
 * highlighting.
 */
public final class QuerySuite implements Suite {
  @Override
  public String id() {
    return "query";
  }

  /** The comparison of one variant. */
  private record Measured(Variant variant, Comparison comparison) {}

  /**
   * Times Gazette against raw Lucene on {@code corpus} for each variant, every engine and variant
   * running each query back to back so that all are measured under the same conditions;
   * {@code warmups} untimed passes first.
   */
  static Map<Variant, Comparison> compare(BenchContext context, Corpus corpus, List<Variant> variants, int warmups,
      int rounds) throws Exception {
    Map<Variant, Comparison> result = new EnumMap<>(Variant.class);
    var workspace = context.workspace();
    try (GazetteSearcher gazette = GazetteSearcher.open(workspace.liveIndex(workspace.gazette(corpus)), context.config());
        RawSearcher raw = RawSearcher.open(workspace.raw(corpus), context.config())) {
      List<List<PreparedSearch>> searches = new ArrayList<>();
      for (Variant variant : variants) {
        searches.add(prepared(gazette, context.queries(), variant));
        searches.add(prepared(raw, context.queries(), variant));
      }
      List<Interleaved.Timings> timings = Interleaved.run(searches, warmups, rounds);
      for (int v = 0; v < variants.size(); v++) {
        Comparison comparison = new Comparison(timings.get(2 * v), timings.get(2 * v + 1));
        result.put(variants.get(v), comparison);
        System.err.printf("  %s, %s: Gazette p50 %.0f µs, raw Lucene p50 %.0f µs%n", corpus.name(),
            variants.get(v).label(), comparison.tested().pooled().p50(), comparison.baseline().pooled().p50());
      }
    }
    return result;
  }

  /** Raw Lucene on its index reordered by graph bisection, against raw Lucene on the index as written. */
  private static Comparison reordering(BenchContext context, int rounds) throws Exception {
    var workspace = context.workspace();
    try (RawSearcher plain = RawSearcher.open(workspace.raw(context.reuters()), context.config());
        RawSearcher bp = RawSearcher.open(workspace.rawReordered(context.reuters()), context.config())) {
      List<Interleaved.Timings> timings = Interleaved.run(List.of(prepared(bp, context.queries(), Variant.PLAIN),
          prepared(plain, context.queries(), Variant.PLAIN)), 2, rounds);
      return new Comparison(timings.get(0), timings.get(1));
    }
  }

  private static List<PreparedSearch> prepared(SearchEngine engine, List<BenchQuery> queries, Variant variant) {
    return queries.stream().map(q -> engine.prepare(q, variant)).toList();
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    int rounds = context.options().rounds();
    Map<Variant, Comparison> results = compare(context, context.reuters(), List.of(Variant.values()), 2, rounds);
    List<BenchQuery> queries = context.queries();
    Comparison reordered = reordering(context, rounds);
    var workspace = context.workspace();
    DefaultRequestCosts.Report defaults = DefaultRequestCosts.run(
        workspace.liveIndex(workspace.gazette(context.reuters())), context.config(), queries, 2, rounds);

    Table latency = new Table("search", "engine", "p50", "p90", "p99", "mean", "QPS, 1 thread", "p50 vs raw Lucene",
        "per-round p50 ratio", "median per-query ratio");
    BarChart chart = new BarChart("In-process search latency, Reuters-21578 (p50, µs)", "microseconds",
        List.of(Variant.values()).stream().map(Variant::label).toList());
    double[] gazetteP50 = new double[Variant.values().length];
    double[] rawP50 = new double[Variant.values().length];
    for (Variant variant : Variant.values()) {
      Comparison c = results.get(variant);
      Latency g = c.tested().pooled();
      Latency r = c.baseline().pooled();
      gazetteP50[variant.ordinal()] = g.p50();
      rawP50[variant.ordinal()] = r.p50();
      latency.row(variant.label(), "Gazette", Fmt.micros(g.p50()), Fmt.micros(g.p90()), Fmt.micros(g.p99()),
          Fmt.micros(g.mean()), Fmt.count(g.singleThreadQps()), Fmt.ratio(c.p50Ratio()), Fmt.ratio(c.p50RatioByRound()),
          Fmt.ratio(c.medianPerSearchRatio()));
      latency.row(variant.label(), "raw Lucene", Fmt.micros(r.p50()), Fmt.micros(r.p90()), Fmt.micros(r.p99()),
          Fmt.micros(r.mean()), Fmt.count(r.singleThreadQps()), "baseline", "", "");
    }
    chart.series("Gazette", gazetteP50).series("raw Lucene", rawP50);
    chart.write(context.chart("query-latency.png"));

    Table costs = new Table("engine", "facets add (median / mean)", "highlighting adds (median / mean)");
    costs.row("Gazette", added(results, Variant.FACETS, true), added(results, Variant.HIGHLIGHT, true));
    costs.row("raw Lucene", added(results, Variant.FACETS, false), added(results, Variant.HIGHLIGHT, false));

    Comparison plain = results.get(Variant.PLAIN);
    Table byType = new Table("query type", "queries", "Gazette p50", "raw Lucene p50", "ratio");
    Map<String, List<Integer>> types = new LinkedHashMap<>();
    for (int q = 0; q < queries.size(); q++) {
      types.computeIfAbsent(queries.get(q).type(), t -> new ArrayList<>()).add(q);
    }
    List<Integer> few = IntStream.range(0, queries.size())
        .filter(q -> plain.baseline().answers().get(q).total() < 5).boxed().toList();
    List<Integer> many = IntStream.range(0, queries.size())
        .filter(q -> plain.baseline().answers().get(q).total() >= 5).boxed().toList();
    types.put("fewer than 5 hits", few);
    types.put("5 hits or more", many);
    types.forEach((type, chosen) -> {
      Latency g = Comparison.latencyOf(plain.tested(), chosen);
      Latency r = Comparison.latencyOf(plain.baseline(), chosen);
      byType.row(type, chosen.size(), Fmt.micros(g.p50()), Fmt.micros(r.p50()), Fmt.ratio(g.p50() / r.p50()));
    });

    double ratio = plain.p50Ratio();
    List<Goal> goals = new ArrayList<>(List.of(new Goal("In-process query p50, Reuters, top 10, fast profile",
        "≤ 1.1× raw Lucene", Fmt.micros(plain.tested().pooled().p50()) + " = " + Fmt.ratio(ratio) + " raw Lucene",
        ratio <= 1.1)));
    goals.addAll(defaults.goals());
    String body = """
        The %d queries of the search-benchmark-game (%s), each run by Gazette and by raw Lucene on the
        same corpus, both indexes merged to one segment; two untimed passes, then %d timed passes, each
        in a new shuffled order, both engines running every query in all three variants back to back
        (the first to run rotating), so that every figure of the table is measured under the same
        conditions. One client thread, in the harness's JVM.

        - **Gazette**: `Gazette.search(request)` with the query text as typed (`+word` is a plain word;
          union queries with `operator(OR)`), `size(10)`, `profile(Profile.FAST)`: typo retry,
          did-you-mean and feedback off (the baselines neither retry with fuzzy words, nor look for
          spelling corrections, nor reorder by pseudo-relevance feedback), highlighting off except in
          the highlight variant (the default request is measured against it below). Each search parses the text, builds the ranking query, counts every match (exact
          totals) and reads the hits.
        - **raw Lucene** (the baseline): the same Lucene query objects, taken from Gazette's own parser
          and query factory before the clock starts, run with `TopScoreDocCollectorManager(10,
          Integer.MAX_VALUE)` (exact totals), then the same stored fields a Gazette hit shows (id,
          title, date, haiku) read with `StoredFields.document`. Facets: `FacetsCollectorManager` and
          `SortedSetDocValuesFacetCounts` over a reader state built once (country, topics, places, top 10
          each). Highlighting: a `UnifiedHighlighter` built once, title and up to three body passages of
          about 160 characters, like Gazette's.

        Totals agree on %d of %d queries; the same set of top-ten ids on %d (ties at the tenth place
        are broken by id in Gazette and by document number in Lucene).

        %s
        %s
        What facets and highlighting add to a plain search, query by query (each query's median time
        in the variant minus its median time in the plain search; the median and the mean over queries):

        %s
        Plain searches by query type (the last two rows split the queries by how many articles match):

        %s
        **Doc-id reordering.** Raw Lucene on a copy of its index whose documents were renumbered by
        recursive graph bisection (`BPIndexReorderer` from lucene-misc, which Gazette does not use
        yet), against raw Lucene on the index as written, plain top 10, interleaved the same way:
        p50 %s against %s (%s), p99 %s against %s, mean %s against %s (%s).

        %s""".formatted(queries.size(), summary(types), rounds, plain.sameTotals(), queries.size(),
        plain.sameTopHits(), latency.markdown(), context.chartLink("query-latency.png", "Search latency"),
        costs.markdown(), byType.markdown(), Fmt.micros(reordered.tested().pooled().p50()),
        Fmt.micros(reordered.baseline().pooled().p50()), Fmt.ratio(reordered.p50Ratio()),
        Fmt.micros(reordered.tested().pooled().p99()), Fmt.micros(reordered.baseline().pooled().p99()),
        Fmt.micros(reordered.tested().pooled().mean()), Fmt.micros(reordered.baseline().pooled().mean()),
        Fmt.ratio(reordered.tested().pooled().mean() / reordered.baseline().pooled().mean()), defaults.markdown());
    return new Section(id(), "Search latency in process", context.command(id()), context.conditions(started), body,
        goals);
  }

  /** What {@code variant} adds to a plain search, query by query: the median and the mean of the differences. */
  private static String added(Map<Variant, Comparison> results, Variant variant, boolean tested) {
    Interleaved.Timings with = tested ? results.get(variant).tested() : results.get(variant).baseline();
    Interleaved.Timings without = tested ? results.get(Variant.PLAIN).tested() : results.get(Variant.PLAIN).baseline();
    List<Double> differences = new ArrayList<>();
    for (int q = 0; q < with.answers().size(); q++) {
      differences.add(with.median(q) - without.median(q));
    }
    double mean = differences.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return Fmt.micros(Spread.of(differences).median()) + " / " + Fmt.micros(mean);
  }

  private static String summary(Map<String, List<Integer>> types) {
    List<String> parts = new ArrayList<>();
    types.forEach((type, chosen) -> {
      if (!type.contains(" ")) {
        parts.add(chosen.size() + " " + type);
      }
    });
    return String.join(", ", parts);
  }
}

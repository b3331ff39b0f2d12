package dev.gazette.bench.suites;

import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.engine.GazetteIndexer;
import dev.gazette.bench.engine.Variant;
import dev.gazette.bench.lucene.Merger;
import dev.gazette.bench.lucene.RawIndexer;
import dev.gazette.bench.measure.Comparison;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.LineChart;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How indexing and search cost grow with the corpus: generated corpora of 10,000 to 1,000,000
 * articles, Gazette against raw Lucene at each size.
 */
public final class ScaleSuite implements Suite {
  private static final int THREADS = 2;

  @Override
  public String id() {
    return "scale";
  }

  /** What one size measured. */
  private record Point(int size, Spread gazetteRate, Spread rawRate, Spread ratio, long gazetteBytes, long rawBytes,
      Comparison search) {}

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    List<Point> points = new ArrayList<>();
    for (int size : context.options().sizes()) {
      points.add(measure(context, context.generated(size)));
    }
    Table table = new Table("articles", "Gazette docs/s", "raw Lucene docs/s", "indexing vs raw Lucene",
        "index size (Gazette / raw)", "Gazette p50", "raw Lucene p50", "p50 vs raw Lucene", "Gazette p99",
        "raw Lucene p99");
    for (Point p : points) {
      table.row(Fmt.count(p.size()), Fmt.rate(p.gazetteRate()), Fmt.rate(p.rawRate()), Fmt.ratio(p.ratio()),
          Fmt.mb(p.gazetteBytes()) + " / " + Fmt.mb(p.rawBytes()), Fmt.micros(p.search().tested().pooled().p50()),
          Fmt.micros(p.search().baseline().pooled().p50()), Fmt.ratio(p.search().p50Ratio()),
          Fmt.micros(p.search().tested().pooled().p99()), Fmt.micros(p.search().baseline().pooled().p99()));
    }
    double[] sizes = points.stream().mapToDouble(Point::size).toArray();
    new LineChart("Indexing throughput by corpus size (2 threads)", "articles (log scale)", "documents per second", sizes)
        .series("Gazette", points.stream().mapToDouble(p -> p.gazetteRate().median()).toArray())
        .series("raw Lucene", points.stream().mapToDouble(p -> p.rawRate().median()).toArray())
        .write(context.chart("scale-indexing.png"));
    new LineChart("Search latency by corpus size (p50, top 10, µs)", "articles (log scale)", "microseconds", sizes)
        .series("Gazette", points.stream().mapToDouble(p -> p.search().tested().pooled().p50()).toArray())
        .series("raw Lucene", points.stream().mapToDouble(p -> p.search().baseline().pooled().p50()).toArray())
        .write(context.chart("scale-search.png"));
    Point first = points.get(0);
    Point last = points.get(points.size() - 1);
    double growth = (double) last.size() / first.size();
    String body = """
        Generated corpora (`NewsGenerator`, seed %1$d: real Reuters titles, paragraphs and sentences
        resampled, dates spread over 2015–2024). At each size both engines index the corpus on %2$d
        threads, taking turns (%3$s), then both indexes are merged to one segment and the 962 queries
        run in process as in the search suite (one untimed pass, then two timed passes; plain top 10).
        The merged indexes stay in the cache for the start-up suite.

        %4$s
        %5$s%6$s
        From %7$s to %8$s articles (%9$s× the articles), Gazette's indexing rate went from %10$s to
        %11$s docs/s, its median search from %12$s to %13$s (%14$s) and its p99 from %17$s to %18$s
        (%19$s); raw Lucene's median search went from %15$s to %16$s. The generated vocabulary does
        not grow with the corpus as a real archive's would, so term dictionaries stay small.""".formatted(context.options().seed(), THREADS,
        "rounds: " + String.join(", ", points.stream().map(p -> Fmt.count(p.size()) + " → "
            + p.gazetteRate().rounds()).toList()),
        table.markdown(), context.chartLink("scale-indexing.png", "Indexing by size"),
        context.chartLink("scale-search.png", "Search latency by size"), Fmt.count(first.size()), Fmt.count(last.size()),
        Fmt.count(growth), Fmt.count(first.gazetteRate().median()), Fmt.count(last.gazetteRate().median()),
        Fmt.micros(first.search().tested().pooled().p50()), Fmt.micros(last.search().tested().pooled().p50()),
        Fmt.ratio(last.search().tested().pooled().p50() / first.search().tested().pooled().p50()),
        Fmt.micros(first.search().baseline().pooled().p50()), Fmt.micros(last.search().baseline().pooled().p50()),
        Fmt.micros(first.search().tested().pooled().p99()), Fmt.micros(last.search().tested().pooled().p99()),
        Fmt.ratio(last.search().tested().pooled().p99() / first.search().tested().pooled().p99()));
    return new Section(id(), "Scale: 10k to 1M articles", context.command(id()), context.conditions(started), body,
        List.of());
  }

  private Point measure(BenchContext context, Corpus corpus) throws Exception {
    Workspace workspace = context.workspace();
    int rounds = corpus.size() >= 1_000_000 ? 1 : corpus.size() >= 100_000 ? Math.min(2, context.options().indexRounds())
        : context.options().indexRounds();
    GazetteIndexer gazette = new GazetteIndexer(context.config());
    RawIndexer raw = new RawIndexer();
    List<Double> gazetteRates = new ArrayList<>();
    List<Double> rawRates = new ArrayList<>();
    Path gazetteDir = null;
    Path rawDir = null;
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < 2; k++) {
        boolean gazetteTurn = (round + k) % 2 == 0;
        if (gazetteTurn) {
          gazetteDir = workspace.scratch("scale-gazette");
          gazetteRates.add(corpus.size() / (gazette.index(corpus, gazetteDir, THREADS, false) / 1e9));
        } else {
          rawDir = workspace.scratch("scale-raw");
          rawRates.add(corpus.size() / (raw.index(corpus, rawDir, THREADS, new RawIndexer.Extracted(), false) / 1e9));
        }
        System.err.printf("  %s, round %d, %s: %.0f docs/s%n", corpus.name(), round, gazetteTurn ? "Gazette" : "raw Lucene",
            gazetteTurn ? gazetteRates.get(round) : rawRates.get(round));
      }
    }
    long gazetteBytes = Workspace.size(workspace.liveIndex(gazetteDir));
    long rawBytes = Workspace.size(rawDir);
    Merger.toOneSegment(workspace.liveIndex(gazetteDir));
    Merger.toOneSegment(rawDir);
    workspace.adoptGazette(corpus, gazetteDir);
    workspace.adoptRaw(corpus, rawDir);
    Map<Variant, Comparison> search = QuerySuite.compare(context, corpus, List.of(Variant.PLAIN), 1, 2);
    Spread ratio = Spread.of(IntStream.range(0, rounds).mapToObj(i -> gazetteRates.get(i) / rawRates.get(i)).toList());
    return new Point(corpus.size(), Spread.of(gazetteRates), Spread.of(rawRates), ratio, gazetteBytes, rawBytes,
        search.get(Variant.PLAIN));
  }
}

package dev.gazette.bench.suites;

import dev.gazette.bench.corpus.SharedData;
import dev.gazette.bench.process.GazetteServer;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH micro-benchmarks, each Gazette step beside its baseline in the same run. */
public final class MicroSuite implements Suite {
  /** Each benchmark compared, with its baseline and what the pair shows. */
  private record Pair(String benchmark, String baseline, String shows) {}

  private static final List<Pair> PAIRS = List.of(
      new Pair("HitFetchBenchmark.hitSummaries", "HitFetchBenchmark.storedFields",
          "reading ten hits' id, title, date and haiku"),
      new Pair("CollectorBenchmark.byScoreThenId", "CollectorBenchmark.byScore",
          "collecting the top hits in Gazette's stable order (score, then id)"),
      new Pair("QueryBuildBenchmark.gazette", "QueryBuildBenchmark.luceneClassic",
          "turning a query text into the Lucene query"),
      new Pair("ArticleBenchmark.gazetteDocument", "ArticleBenchmark.rawDocument",
          "building one article's document, mentions included"),
      new Pair("ArticleBenchmark.mentions", "ArticleBenchmark.analyze",
          "finding countries, people and organizations, against analyzing the text once"));

  @Override
  public String id() {
    return "micro";
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    boolean quick = context.options().quick();
    String index = context.workspace().liveIndex(context.workspace().gazette(context.reuters())).toString();
    List<String> jvmArgs = new ArrayList<>(GazetteServer.LAUNCHER_FLAGS);
    jvmArgs.addAll(List.of("-Xmx1g", "-Dbench.index=" + index,
        "-Dgazette.shared=" + SharedData.dataDir().getParent()));
    Options options = new OptionsBuilder()
        .include("dev\\.gazette\\.bench\\.micro\\..*Benchmark\\..*")
        .forks(1)
        .warmupIterations(quick ? 2 : 4)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(quick ? 3 : 6)
        .measurementTime(TimeValue.seconds(1))
        .jvmArgsAppend(jvmArgs.toArray(String[]::new))
        .shouldFailOnError(true)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Result<?>> scores = new LinkedHashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      scores.put(name.substring(name.indexOf("micro.") + 6), result.getPrimaryResult());
    }
    Table table = new Table("what", "Gazette", "µs/op (± 99.9% CI)", "baseline", "µs/op (± 99.9% CI)", "ratio");
    for (Pair pair : PAIRS) {
      Result<?> mine = scores.get(pair.benchmark());
      Result<?> base = scores.get(pair.baseline());
      boolean apart = Math.abs(mine.getScore() - base.getScore()) > mine.getScoreError() + base.getScoreError();
      table.row(pair.shows(), "`" + pair.benchmark() + "`", score(mine), "`" + pair.baseline() + "`", score(base),
          Fmt.ratio(mine.getScore() / base.getScore()) + (apart ? "" : " (within the error)"));
    }
    String body = """
        JMH 1.37, one fork with the launcher's JVM flags and `-Xmx1g`, %d warm-up and %d measured
        iterations of one second, average time per operation. Each Gazette step is measured beside
        its baseline in the same run; the ratio is Gazette's time over the baseline's, marked "within
        the error" when the two confidence intervals overlap (then the run cannot tell them apart).

        %s
        - `HitFetchBenchmark`: random pages of ten documents of the Reuters Gazette index; the baseline
          reads the four fields from stored fields (what raw Lucene does for each hit), Gazette reads
          its `$hit` binary doc value.
        - `CollectorBenchmark`: Gazette's ranking queries of the 962 benchmark queries in turn, on the
          same index.
        - `QueryBuildBenchmark`: the 962 benchmark queries in turn.
        - `ArticleBenchmark`: the Reuters articles in turn.
        """.formatted(quick ? 2 : 4, quick ? 3 : 6, table.markdown());
    return new Section(id(), "Micro-benchmarks (JMH)", context.command(id()), context.conditions(started), body,
        List.of());
  }

  private static String score(Result<?> result) {
    return Fmt.decimal(result.getScore(), 2) + " ± " + Fmt.decimal(result.getScoreError(), 2);
  }
}

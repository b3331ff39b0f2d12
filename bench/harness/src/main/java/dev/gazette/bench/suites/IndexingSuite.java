package dev.gazette.bench.suites;

import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.engine.GazetteIndexer;
import dev.gazette.bench.lucene.Mentions;
import dev.gazette.bench.lucene.RawIndexer;
import dev.gazette.bench.measure.IndexingRounds;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.report.BarChart;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.report.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Indexing Reuters-21578: Gazette through its public API against a plain Lucene {@code
 * IndexWriter} loop with the same analyzers and fields, on one and two threads, the engines taking
 * turns in each round.
 */
public final class IndexingSuite implements Suite {
  private static final List<Integer> THREADS = List.of(1, 2);

  @Override
  public String id() {
    return "indexing";
  }

  /** One engine's way of indexing a corpus into a folder, returning the nanoseconds it took. */
  private interface Run {
    long index(Corpus corpus, Path dir, int threads) throws IOException;
  }

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    Corpus reuters = context.reuters();
    Workspace workspace = context.workspace();
    List<Mentions> mentions = IntStream.range(0, reuters.size()).mapToObj(i -> Mentions.find(reuters.article(i))).toList();
    RawIndexer raw = new RawIndexer();
    GazetteIndexer gazette = new GazetteIndexer(context.config());
    Map<String, Run> engines = new LinkedHashMap<>();
    engines.put("raw Lucene", (corpus, dir, threads) -> raw.index(corpus, dir, threads, new RawIndexer.Extracted(), false));
    engines.put("raw Lucene, mentions given", (corpus, dir, threads) ->
        raw.index(corpus, dir, threads, new RawIndexer.Given(mentions), false));
    engines.put("Gazette", (corpus, dir, threads) -> gazette.index(corpus, dir, threads, false));
    List<String> names = List.copyOf(engines.keySet());

    Map<String, Long> sizes = new LinkedHashMap<>();
    int rounds = context.options().indexRounds();
    IndexingRounds measured = IndexingRounds.run(names, THREADS, rounds, reuters.size(), (name, threads) -> {
      Path dir = workspace.scratch("indexing");
      long nanos = engines.get(name).index(reuters, dir, threads);
      sizes.put(name, Workspace.size(dir));
      return nanos;
    });
    Workspace.delete(workspace.scratch("indexing"));

    long textBytes = reuters.textBytes();
    Table table = new Table("engine", "threads", "docs/s: median (min–max)", "MB/s of text", "index size",
        "vs raw Lucene, same round");
    List<Goal> goals = new ArrayList<>();
    BarChart chart = new BarChart("Indexing Reuters-21578 (21,578 articles), docs/s", "documents per second",
        THREADS.stream().map(t -> t + (t == 1 ? " thread" : " threads")).toList());
    for (String name : names) {
      double[] perThreads = new double[THREADS.size()];
      for (int t = 0; t < THREADS.size(); t++) {
        int threads = THREADS.get(t);
        Spread rate = measured.rate(name, threads);
        Spread ratio = measured.ratio(name, "raw Lucene", threads);
        perThreads[t] = rate.median();
        table.row(name, threads, Fmt.rate(rate), Fmt.decimal(rate.median() * textBytes / reuters.size() / 1e6, 2),
            Fmt.mb(sizes.get(name)), name.equals("raw Lucene") ? "baseline" : Fmt.ratio(ratio));
        if (name.equals("Gazette")) {
          goals.add(new Goal("Indexing Reuters, " + threads + (threads == 1 ? " thread" : " threads"),
              "≥ 1.0× raw Lucene", Fmt.rate(rate) + " docs/s = " + Fmt.ratio(ratio) + " raw Lucene",
              ratio.median() >= 1.0));
        }
      }
      chart.series(name, perThreads);
    }
    chart.write(context.chart("indexing.png"));

    String body = """
        Reuters-21578: %s articles, %s of text (title and body). Each engine indexes the whole corpus
        into a new index and commits; the clock runs from the first document to the end of the commit.
        One untimed warm-up round, then %d rounds; in each round the engines take turns in a rotating
        order, and each ratio compares runs of the same round.

        - **Gazette**: `DataFolder.reindex` with `Gazette.upsert` from 1 or 2 threads, then `commit()`,
          default `GazetteConfig` (64 MB RAM buffer). Its own index check after the build is off the clock.
        - **raw Lucene** (the baseline): a plain loop of `IndexWriter.updateDocument` (upsert by id, as
          Gazette does) with Lucene's default `IndexWriterConfig` (16 MB RAM buffer), the same analyzers
          (standard tokenizer, possessive, lower case, ASCII folding, stop words, Porter) and the same
          fields: stored text with offsets plus an unstemmed twin, id, date point/doc value/facet, the
          Reuters codes and the country, person and organization facets. Those mentions are found in
          the loop by Gazette's own gazetteer and entity extractor, so both sides do the same work.
        - **raw Lucene, mentions given**: the same loop with the mentions found before the clock starts:
          the price of a plain Lucene index of these fields if the mentions came for free. The gap
          to the baseline is what finding countries, people and organizations costs.

        %s
        %s""".formatted(Fmt.count(reuters.size()), Fmt.mb(textBytes), rounds, table.markdown(),
        context.chartLink("indexing.png", "Indexing throughput"));
    return new Section(id(), "Indexing", context.command(id()), context.conditions(started), body, goals);
  }
}

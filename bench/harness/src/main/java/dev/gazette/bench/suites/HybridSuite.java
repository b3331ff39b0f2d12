package dev.gazette.bench.suites;

import dev.gazette.Embedder;
import dev.gazette.bench.BenchOptions;
import dev.gazette.bench.Machine;
import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.corpus.SharedData;
import dev.gazette.bench.hybrid.ClusteredEmbedder;
import dev.gazette.bench.hybrid.EmbeddedIndex;
import dev.gazette.bench.hybrid.EmbedderIndexing;
import dev.gazette.bench.hybrid.GeneratedVectors;
import dev.gazette.bench.hybrid.HybridLatency;
import dev.gazette.bench.hybrid.RecordingEmbedder;
import dev.gazette.bench.hybrid.ServedVectors;
import dev.gazette.bench.hybrid.VectorRecall;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Goal;
import dev.gazette.bench.report.Section;
import dev.gazette.embeddings.Embedders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Search by meaning: the cost of the default (hybrid) request against lexical on Reuters with
 * every article embedded by the bundled model and on the generated corpora of {@code --sizes} (from
 * 100,000 articles up) with generated vectors,
 * the query-vector cache's hit rate, the HNSW graph's recall against exact search, what the
 * background embedder costs a bulk load over HTTP, and the size and memory of vectors.
 */
public final class HybridSuite implements Suite {
  /** The neighbours the graph is asked for: Gazette's (the semantic side's default depth), just ten, and deeper. */
  private static final List<Integer> KS = List.of(100, 10, 1_000);
  private static final List<Integer> CONNECTIONS = List.of(1, 2);
  /** Generated corpora smaller than this say nothing about vectors at scale: the suite takes the sizes from here up. */
  private static final int SMALLEST_GENERATED = 100_000;
  private static final String SMALL_HEAP = "512m";
  /** The server's anonymous resident memory allowed on the largest generated index (issue #20), in bytes. */
  private static final double ANON_RSS_GOAL = 700e6;
  private static final double HYBRID_P50_GOAL_MS = 15;

  @Override
  public String id() {
    return "hybrid";
  }

  /** What one index measured. */
  private record Measured(String name, HybridLatency.Result latency, VectorRecall.Result recall) {}

  @Override
  public Section run(BenchContext context) throws Exception {
    long started = System.nanoTime();
    BenchOptions options = context.options();
    Workspace workspace = context.workspace();
    Embedder model = Embedders.named(Embedders.BUNDLED, 1);
    EmbeddedIndex reuters = EmbeddedIndex.of(workspace, context.reuters(),
        Embedders.named(Embedders.BUNDLED, Machine.cores()), Machine.cores());
    String loadBefore = Machine.load();
    Measured onReuters = measure("Reuters-21578", workspace.liveIndex(reuters.data()), new RecordingEmbedder(model),
        context);

    EmbedderIndexing.Result bulk = EmbedderIndexing.measure(options, workspace, SharedData.reuters(), CONNECTIONS,
        options.indexRounds());

    List<Measured> measured = new ArrayList<>(List.of(onReuters));
    List<HybridReport.Scale> scales = new ArrayList<>();
    for (int size : generatedSizes(options)) {
      Corpus corpus = context.generated(size);
      Path data = GeneratedVectors.of(workspace, corpus, new ClusteredEmbedder(model, options.seed()));
      Path index = workspace.liveIndex(data);
      measured.add(measure(Fmt.count(size) + " generated", index,
          new RecordingEmbedder(new ClusteredEmbedder(model, options.seed())), context));
      long wordsOnly = Workspace.size(workspace.liveIndex(workspace.gazette(corpus)));
      System.err.println("  " + Fmt.count(size) + " generated: served with -Xmx" + SMALL_HEAP);
      ServedVectors.Result served = ServedVectors.measure(options.repository(), data, SMALL_HEAP, context.queries(),
          workspace.dir("logs").resolve("hybrid-served-" + size + ".log"));
      scales.add(new HybridReport.Scale(size, GeneratedVectors.vectorBytes(index), Workspace.size(index), wordsOnly,
          served));
    }

    List<Goal> goals = new ArrayList<>();
    double coldP50Ms = onReuters.latency().cold().hybrid().p50() / 1000;
    goals.add(new Goal("Hybrid query p50, Reuters, every query embedded", "≤ " + Fmt.count(HYBRID_P50_GOAL_MS) + " ms",
        Fmt.micros(onReuters.latency().cold().hybrid().p50()) + " (lexical " + Fmt.micros(
            onReuters.latency().cold().lexical().p50()) + ")", coldP50Ms <= HYBRID_P50_GOAL_MS));
    double recall = onReuters.recall().recall().get(0);
    goals.add(new Goal("Vector recall@10, HNSW vs exact, Reuters", "≥ 0.95", Fmt.decimal(recall, 3), recall >= 0.95));
    for (int connections : CONNECTIONS) {
      Spread ratio = bulk.rounds().ratio("bundled", "none", connections);
      goals.add(new Goal("Bulk load over HTTP with the embedder on, " + connections + " connection"
          + (connections == 1 ? "" : "s"), "≥ 0.95× embedder off",
          Fmt.rate(bulk.rounds().rate("bundled", connections)) + " docs/s = " + Fmt.ratio(ratio), ratio.median() >= 0.95));
    }
    HybridReport.Scale largest = scales.getLast();
    ServedVectors.Result served = largest.served();
    goals.add(new Goal("Anonymous resident memory, server with `-Xmx" + SMALL_HEAP + "` on " + Fmt.count(
        largest.articles()) + " articles with vectors, after 962 searches", "≤ " + Fmt.mb(ANON_RSS_GOAL),
        Fmt.mb(served.rssAnon()) + " (file-backed " + Fmt.mb(served.rssFile()) + ")",
        served.rssAnon() >= 0 && served.rssAnon() <= ANON_RSS_GOAL));
    String body = HybridReport.body(new HybridReport.Figures(reuters.howEmbedded(), loadBefore,
        measured.stream().map(Measured::name).toList(), measured.stream().map(Measured::latency).toList(),
        measured.stream().map(Measured::recall).toList(), KS, bulk, CONNECTIONS, scales, options.seed()));
    return new Section(id(), "Search by meaning", context.command(id()), context.conditions(started), body, goals);
  }

  private static Measured measure(String name, Path index, RecordingEmbedder queries, BenchContext context)
      throws Exception {
    System.err.println("  " + name + ": hybrid against lexical");
    HybridLatency.Result latency = HybridLatency.measure(index, queries, context.queries(), context.options().rounds());
    System.err.println("  " + name + ": recall of the graph against exact search");
    return new Measured(name, latency, VectorRecall.measure(index, queries.vectors(), KS));
  }

  /** The generated corpus sizes given vectors: those of {@code --sizes} from {@value #SMALLEST_GENERATED} up, or the largest. */
  static List<Integer> generatedSizes(BenchOptions options) {
    List<Integer> sizes = options.sizes().stream().filter(size -> size >= SMALLEST_GENERATED).sorted().toList();
    return sizes.isEmpty() ? List.of(options.sizes().stream().max(Integer::compare).orElseThrow()) : sizes;
  }

  /** The p50, p90, p99 and mean of {@code latency}. */
  static List<String> cells(Latency latency) {
    return List.of(Fmt.micros(latency.p50()), Fmt.micros(latency.p90()), Fmt.micros(latency.p99()),
        Fmt.micros(latency.mean()));
  }
}

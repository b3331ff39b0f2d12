package dev.gazette.bench.suites;

import dev.gazette.bench.hybrid.EmbedderIndexing;
import dev.gazette.bench.hybrid.HybridLatency;
import dev.gazette.bench.hybrid.ServedVectors;
import dev.gazette.bench.hybrid.VectorRecall;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Spread;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Table;
import dev.gazette.vector.NearestArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The Markdown of the search-by-meaning section, from what {@link HybridSuite} measured. */
final class HybridReport {
  private HybridReport() {}

  /**
   * Everything the section reports.
   *
   * @param howEmbedded how the Reuters index was embedded
   * @param loadBefore the load average before the query measurements
   * @param indexes the names of the indexes searched, Reuters first
   * @param latencies their latencies, in the same order
   * @param recalls their recalls, in the same order
   * @param ks the neighbours the graph was asked for, in the recalls' order
   * @param bulk the bulk loads with the embedder on and off
   * @param connections the connection counts of the bulk loads
   * @param scales the generated corpora with generated vectors, smallest first
   * @param seed the generator's seed
   */
  record Figures(String howEmbedded, String loadBefore, List<String> indexes, List<HybridLatency.Result> latencies,
      List<VectorRecall.Result> recalls, List<Integer> ks, EmbedderIndexing.Result bulk, List<Integer> connections,
      List<Scale> scales, long seed) {}

  /**
   * One generated corpus with generated vectors.
   *
   * @param articles its size
   * @param vectorBytes the bytes of its vector files
   * @param withVectors its index's size with vectors
   * @param wordsOnly its index's size without
   * @param served the server on it
   */
  record Scale(int articles, long vectorBytes, long withVectors, long wordsOnly, ServedVectors.Result served) {}

  static String body(Figures f) {
    Table latency = new Table("index", "pass", "request", "p50", "p90", "p99", "mean", "hybrid / lexical, p50");
    Table cache = new Table("index", "queries", "embedded by the model", "cache hit rate, in order",
        "answered in hybrid mode");
    Table recall = new Table("index", "vectors", "query vectors", "graph asked for", "recall@10",
        "its hits ranked again by full-precision vectors");
    for (int i = 0; i < f.indexes().size(); i++) {
      HybridLatency.Result r = f.latencies().get(i);
      String name = f.indexes().get(i);
      rows(latency, name, "cold cache (first, in order)", r.cold());
      rows(latency, name, "warm cache (" + r.warm().hybrid().count() / r.queries() + " shuffled passes)", r.warm());
      cache.row(name, Fmt.count(r.queries()), Fmt.count(r.modelCalls()), Fmt.decimal(r.hitRate(), 3),
          Fmt.count(r.hybridAnswers()));
      VectorRecall.Result v = f.recalls().get(i);
      for (int k = 0; k < f.ks().size(); k++) {
        recall.row(name, Fmt.count(v.vectors()), Fmt.count(v.queries()), k == 0
            ? "as Gazette asks: " + f.ks().get(0) * NearestArticles.WIDENING + ", best " + f.ks().get(0) + " kept"
            : "k = " + f.ks().get(k),
            Fmt.decimal(v.recall().get(k), 3), k == 0 ? Fmt.decimal(v.rescored(), 3) : "");
      }
    }
    Table bulk = new Table("server", "connections", "docs/s: median (min–max)", "embedder on / off, same round");
    for (String embedder : EmbedderIndexing.EMBEDDERS) {
      for (int connections : f.connections()) {
        Spread rate = f.bulk().rounds().rate(embedder, connections);
        bulk.row("`--embedder " + embedder + "`", connections, Fmt.rate(rate), embedder.equals("none") ? "baseline"
            : Fmt.ratio(f.bulk().rounds().ratio(embedder, "none", connections)));
      }
    }
    String embedded = String.join(", ", f.bulk().embeddedDuring().stream().map(Fmt::count).toList());
    String embeddedLater = String.join(", ", f.bulk().embeddedAfter().stream().map(Fmt::count).toList());
    return """
        Search by meaning runs the bundled model (bge-small-en-v1.5, int8, 384 dimensions) on each
        query and an HNSW graph over quantized vectors (`Lucene104HnswScalarQuantizedVectorsFormat`).
        The model alone (load, query latency, articles per second on 1 and 2 threads) is measured by
        `EmbeddingBench` ([docs/embeddings.md](embeddings.md#measured)).

        **The embedded Reuters index**: %1$s. The index is then merged to one segment, like every
        index the other suites search.

        ### Hybrid against lexical, in process

        The default request (`SearchRequest.builder().query(q).operator(op).size(10)`: hybrid,
        since the index holds vectors, with highlighting, typo retry and the rest of the defaults)
        against the same request with `.mode(LEXICAL)`, one thread, the 962 benchmark-game
        queries, both requests of a query back to back, the first rotating. A first engine warms
        the JIT on 200 queries and is closed; a fresh engine, with an empty query-vector cache,
        then replays the queries in order (cold: each distinct query is embedded by the model,
        1 thread, as the server's), then runs shuffled passes with every vector cached (warm).
        Load average before: %2$s.

        %3$s
        %4$s
        ### Recall of the graph

        For each query vector Gazette searched with (recorded on the way to the model), the exact
        ten nearest live articles by dot product over every stored full-precision vector, against
        the top ten of the graph's answer on the same single-segment index: as Gazette's semantic
        side asks (`NearestArticles`: the graph searched for 400, the nearest 100 kept, of which the
        best ten), and as a plain `KnnFloatVectorQuery` with k = 10 and k = 1,000. The graph is
        built as Gazette builds it (16 connections per node, beam width 250). A hit counts when its
        exact score reaches the exact tenth's (ties count). The last column ranks Gazette's 100 again
        by their full-precision vectors before taking ten: when it equals the recall, the articles
        missed were never among the graph's candidates.

        %5$s
        ### Bulk loads with the embedder on and off

        Reuters-21578 as it comes (`reuters21578.jsonl.gz`, %6$s records in `POST /api/articles`
        bodies of 500 NDJSON lines) into a server (`./gazette serve`'s jar and flags, heap as
        the other suites) started on an empty data folder with `--embedder bundled` or
        `--embedder none`, on 1 or 2 connections, 3 s after its first answer (the model loads
        meanwhile); one untimed round, then timed rounds taking turns. The clock runs from the
        first request to the last answer (each answer follows its commit). The background embedder
        waits for writes to pause for 500 ms, so it should stay out of a bulk load's way. When
        each load ended the server with the model had embedded %7$s articles (its `/api/stats`),
        3 s later %12$s.

        %8$s
        ### Generated corpora with generated vectors

        Generated corpora (`NewsGenerator`, seed %9$d, as the scale suite's) whose merged Gazette
        index got one vector per article from a generator instead of the model: each article's
        vector is a Gaussian centre (one of 256, drawn from the seed) plus Gaussian noise of the
        same expected length, normalised, chosen and drawn from a hash of the article's text.
        Neighbours therefore share a cluster (cosine about 0.5 within one, 0 across) and the graph
        has a real search to do. Each article is rewritten as `Gazette.embedAll` rewrites it (the
        same document, vector field, text hash, codec and HNSW graph; a test checks the result
        against `embedAll`'s), on two threads and without `embedAll`'s refresh after every 8
        articles, which holds it to about 80 articles/s when vectors cost nothing; the index is
        then merged to one segment. Query vectors come from the real model (so the model's cost is
        real), which puts them outside the generated clusters: the recall above is for such
        queries. Latency and recall measured as on Reuters, above; the server is the launcher's
        jar and flags with `--embedder bundled` and `-Xmx%10$s` (a cap, not a fixed heap), on the
        cached data folder, asked the default request for each of the 962 queries once in order on
        one connection (cold query-vector cache); its memory is read from `/proc/PID/status` after
        them: `RssAnon` is its own (heap, stacks, the model, native allocations), `RssFile` the
        jars and index files it maps, page cache the kernel can take back.

        %11$s
        %13$s""".formatted(f.howEmbedded(), f.loadBefore(), latency.markdown(), cache.markdown(), recall.markdown(),
        Fmt.count(f.bulk().articles()), embedded, bulk.markdown(), f.seed(),
        f.scales().getFirst().served().heap(), scales(f.scales()), embeddedLater, READING);
  }

  /** What the figures mean, as far as it was checked beyond them. */
  private static final String READING = """
      ### Reading these figures

      - **Recall.** Many benchmark-game queries have no near neighbour in a 1987 newswire (`ear ache`,
        `lord of the rings`, `borders books`): their ten nearest articles sit in a flat band of
        similarities a few thousandths apart, and a narrow graph search misses some of them. For
        queries on the archive's subjects (`oil prices`, `interest rates federal reserve`, `coffee
        exports brazil`, checked one by one) even 100 candidates find the exact ten. Ranking the
        candidates again by their full-precision vectors changes nothing, so the quantized scores
        are not the cause: the missed articles were never candidates. So Gazette searches the graph
        wider than it keeps, and builds it with a wider beam; how each choice was made is under
        *Choosing the graph's parameters* below. The generated index's recall is for queries from
        the model, outside its generated clusters, a harder case still.
      - **Choosing the graph's parameters** (a one-off sweep on 2026-12-07, not part of this suite,
        on a loaded machine): the 21,577 Reuters vectors written again into single-segment graphs,
        the 662 distinct benchmark-game queries embedded by the model, recall@10 against exact
        search for a plain search of k = 100 / 200 / 400 / 1,000. Lucene's default graph
        (16 connections, beam width 100): 0.820 / 0.890 / 0.943 / 0.977. Beam 250: 0.875 / 0.931 /
        0.964 / 0.982. 32 connections, beam 200: 0.892 / 0.944 / 0.970 / 0.984; 32 and 400: 0.917 /
        0.961 / 0.978 / 0.986; 64 and 400: 0.921 / 0.964 / 0.980 / 0.986. The graph's size barely
        moves (42.6 to 43.1 MB for the whole test index). Gazette takes 16 connections (the graph
        stays Lucene's size, which matters at a million vectors) with beam 250 (built once per
        article in the background, where the model costs far more) and asks for 400 to keep 100:
        the widest of these searches costs a fraction of a millisecond on Reuters.
      - **Bulk loads.** The background embedder starts a batch of 8 articles when no article has
        been upserted for 500 ms, and a bulk request's commit and refresh, before the client sends
        the next request, count as such a pause: it embeds during a load (the counts above) and
        takes CPU and a refresh from it. Counting a commit as a write, or holding the worker back
        while a bulk request is in flight, would keep it out; both are changes to core.""";

  /** The sizes and the server of each generated corpus, one column each. */
  private static String scales(List<Scale> scales) {
    List<String> header = new ArrayList<>(List.of("measure"));
    scales.forEach(scale -> header.add(Fmt.count(scale.articles()) + " articles"));
    Table table = new Table(header.toArray(String[]::new));
    table.row(cells("index size, words only / with vectors", scales,
        s -> Fmt.mb(s.wordsOnly()) + " / " + Fmt.mb(s.withVectors())));
    table.row(cells("vector files (raw floats, quantized copy, graph)", scales, s -> Fmt.mb(s.vectorBytes())));
    table.row(cells("the same per million vectors (384 floats are 1,536 bytes)", scales,
        s -> Fmt.mb(s.vectorBytes() * 1e6 / s.articles()) + " (" + Fmt.count((double) s.vectorBytes() / s.articles())
            + " bytes per vector)"));
    table.row(cells("server: first answer from `/ready` after the process started", scales,
        s -> Fmt.seconds(s.served().readySeconds())));
    table.row(cells("its default request over HTTP: p50 / p99", scales,
        s -> Fmt.micros(s.served().latency().p50()) + " / " + Fmt.micros(s.served().latency().p99())));
    table.row(cells("answered in hybrid mode; errors; embedded (`/api/stats`)", scales,
        s -> Fmt.count(s.served().hybridAnswers()) + "; " + Fmt.count(s.served().errors()) + "; "
            + Fmt.count(s.served().embedded())));
    table.row(cells("its resident memory after them: anonymous (`RssAnon`) / file-backed (`RssFile`) / total",
        scales, s -> Fmt.mb(s.served().rssAnon()) + " / " + Fmt.mb(s.served().rssFile()) + " / "
            + Fmt.mb(s.served().rss())));
    return table.markdown();
  }

  private static Object[] cells(String measure, List<Scale> scales, Function<Scale, String> cell) {
    List<String> cells = new ArrayList<>(List.of(measure));
    scales.forEach(scale -> cells.add(cell.apply(scale)));
    return cells.toArray();
  }

  private static void rows(Table table, String index, String pass, HybridLatency.Pass measured) {
    row(table, index, pass, "default (hybrid)", measured.hybrid(), Fmt.ratio(measured.p50Ratio()));
    row(table, index, pass, "lexical", measured.lexical(), "baseline");
  }

  private static void row(Table table, String index, String pass, String request, Latency latency, String ratio) {
    List<Object> cells = new ArrayList<>(List.of(index, pass, request));
    cells.addAll(HybridSuite.cells(latency));
    cells.add(ratio);
    table.row(cells.toArray());
  }
}

package dev.gazette.bench.embeddings;

import com.sun.management.OperatingSystemMXBean;
import dev.gazette.Article;
import dev.gazette.bench.Machine;
import dev.gazette.bench.corpus.BenchQueries;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.corpus.ReutersCorpus;
import dev.gazette.bench.corpus.SharedData;
import dev.gazette.bench.measure.Latency;
import dev.gazette.bench.measure.Samples;
import dev.gazette.embeddings.BundledEmbedder;
import dev.gazette.eval.Evaluation;
import dev.gazette.eval.Qrels;
import dev.gazette.eval.Scores;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Measures the bundled embedding model alone and prints a Markdown report: load time, query
 * latency (the first 200 search-benchmark-game queries, with and without the query instruction,
 * and while the same embedder embeds articles in the background), Reuters articles per second on
 * 1 and 2 threads for two choices of text, and the nDCG@10, MAP and
 * Recall@100 of an exhaustive cosine ranking on judged collections, with and without the
 * instruction. Arguments: the collections to rank, any of {@code time cisi cran med npl} (none:
 * only load, latency and throughput).
 *
 * <pre>
 * ./mvnw -q -B -Pbench -pl bench/harness -am -DskipTests package
 * java --enable-native-access=ALL-UNNAMED -cp "$(cat bench/harness/target/classpath.txt):bench/harness/target/gazette-bench-0.1.0-SNAPSHOT.jar" \
 *     -Dgazette.shared=../shared dev.gazette.bench.embeddings.EmbeddingBench med cisi time cran npl
 * </pre>
 */
public final class EmbeddingBench {
  private static final int QUERIES = 200;
  private static final int ARTICLES = 500;
  private static final int BATCH = 32;
  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private EmbeddingBench() {}

  /** Runs every measurement and prints the report to standard output. */
  public static void main(String[] args) {
    List<String> collections = Arrays.asList(args);
    System.out.println("# Bundled embedding model, " + Machine.now() + "\n\n" + Machine.describe()
        + "- Load average at start (1/5/15 min): " + Machine.load() + "\n");
    long start = System.nanoTime();
    BundledEmbedder one = BundledEmbedder.load(1);
    double firstLoad = seconds(start);
    start = System.nanoTime();
    BundledEmbedder two = BundledEmbedder.load(2);
    System.out.printf("## Load%n%nfirst load %.2f s (native libraries extracted, classes loaded), second %.2f s%n%n",
        firstLoad, seconds(start));
    List<String> queries = BenchQueries.shared().stream().limit(QUERIES).map(BenchQuery::text)
        .map(text -> text.replaceAll("[+\"]", "")).toList();
    List<Article> articles = ReutersCorpus.shared().articles().subList(0, ARTICLES);
    queryLatency(one, queries);
    throughput(one, two, articles);
    busyLatency(one, two, queries, articles.stream().map(new ArticleText(200)::of).toList());
    for (String collection : collections) {
      ranking(collection, two);
    }
    System.out.println("Load average at end (1/5/15 min): " + Machine.load());
  }

  private static void queryLatency(BundledEmbedder embedder, List<String> queries) {
    queries.forEach(embedder::embedQuery);
    System.out.println("## Query latency, 1 thread, first " + queries.size() + " benchmark-game queries (ms)\n");
    System.out.println("| query text | p50 | p90 | p99 | mean |\n|---|---|---|---|---|");
    printLatency("with the instruction", queries, embedder::embedQuery);
    printLatency("as is", queries, query -> embedder.embedPassages(List.of(query)).get(0));
    System.out.println();
  }

  private static void printLatency(String label, List<String> queries, Function<String, float[]> embed) {
    Samples samples = new Samples();
    for (String query : queries) {
      long start = System.nanoTime();
      embed.apply(query);
      samples.add(System.nanoTime() - start);
    }
    Latency latency = samples.latency();
    System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f |%n", label, latency.p50() / 1000, latency.p90() / 1000,
        latency.p99() / 1000, latency.mean() / 1000);
  }

  private static void throughput(BundledEmbedder one, BundledEmbedder two, List<Article> articles) {
    System.out.println("## Throughput, first " + ARTICLES + " Reuters articles, batches of " + BATCH + "\n");
    System.out.println("| text | mean words | 1 thread: articles/s | per CPU-second | 2 threads: articles/s"
        + " | per CPU-second | 2 / 1 |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (ArticleText text : List.of(new ArticleText(200), ArticleText.WHOLE)) {
      List<String> texts = articles.stream().map(text::of).toList();
      double words = texts.stream().mapToInt(t -> t.split("\\s+").length).average().orElse(0);
      Rate single = rate(one, texts);
      Rate dual = rate(two, texts);
      System.out.printf("| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f |%n", text.label(), words, single.wall(),
          single.cpu(), dual.wall(), dual.cpu(), dual.wall() / single.wall());
    }
    System.out.println();
  }

  /** Articles per second of wall time, and per second of the process's CPU time (contention aside). */
  private record Rate(double wall, double cpu) {}

  /** Query latency while another thread keeps the same embedder busy with batches of articles. */
  private static void busyLatency(BundledEmbedder one, BundledEmbedder two, List<String> queries,
      List<String> texts) {
    System.out.println("## Query latency while the same embedder embeds articles in the background (ms)\n");
    System.out.println("| passages' thread budget | p50 | p90 | p99 | mean |\n|---|---|---|---|---|");
    for (BundledEmbedder embedder : List.of(one, two)) {
      AtomicBoolean stop = new AtomicBoolean();
      Thread background = Thread.ofPlatform().start(() -> {
        for (int from = 0; !stop.get(); from = (from + BATCH) % (texts.size() - BATCH)) {
          embedder.embedPassages(texts.subList(from, from + BATCH));
        }
      });
      try {
        printLatency(embedder == one ? "1" : "2", queries, embedder::embedQuery);
      } finally {
        stop.set(true);
        joinQuietly(background);
      }
    }
    System.out.println();
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Rate rate(BundledEmbedder embedder, List<String> texts) {
    long cpuStart = CPU.getProcessCpuTime();
    long start = System.nanoTime();
    for (int from = 0; from < texts.size(); from += BATCH) {
      embedder.embedPassages(texts.subList(from, Math.min(texts.size(), from + BATCH)));
    }
    double wall = seconds(start);
    return new Rate(texts.size() / wall, texts.size() / ((CPU.getProcessCpuTime() - cpuStart) / 1e9));
  }

  private static void ranking(String collection, BundledEmbedder embedder) {
    Path folder = collection.equals("time")
        ? SharedData.dataDir().resolve("ir-time")
        : SharedData.dataDir().resolve("ir-glasgow-classic").resolve(collection);
    long start = System.nanoTime();
    DenseRanking ranking = DenseRanking.embed(folder.resolve(collection + ".docs.jsonl.gz"), embedder);
    double embedSeconds = seconds(start);
    var topics = Evaluation.readTopics(folder.resolve(collection + ".queries.tsv"));
    Qrels qrels = Qrels.read(folder.resolve(collection + ".qrels"));
    System.out.printf("## Exhaustive cosine ranking: %s (%d documents embedded in %.0f s on 2 threads, %d topics)%n%n",
        collection, ranking.size(), embedSeconds, topics.size());
    System.out.println("| query text | nDCG@10 | MAP | Recall@100 |\n|---|---|---|---|");
    printScores("with the instruction", ranking.score(topics, qrels, embedder::embedQuery));
    printScores("as is", ranking.score(topics, qrels, query -> embedder.embedPassages(List.of(query)).get(0)));
    System.out.println();
  }

  private static void printScores(String label, Scores scores) {
    System.out.printf("| %s | %.3f | %.3f | %.3f |%n", label, scores.ndcg10(), scores.map(), scores.recall100());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}

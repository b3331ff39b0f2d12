package dev.gazette.bench.compare;

import dev.gazette.SearchRequest;
import dev.gazette.bench.corpus.BenchQueries;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.report.Fmt;
import dev.gazette.bench.report.Table;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same searches run by several builds of Gazette in one process, their passes taking turns, so
 * a change's cost is measured against the commit before it under the same load (this machine is
 * shared and noisy): {@code bench/compare-commits}. Each jar is loaded by a class loader of its own
 * with {@link SearchLoop}; the first jar is the baseline.
 *
 * <p>Arguments: {@code INDEX REQUEST ROUNDS JAR...}, where {@code REQUEST} is {@code fast} or
 * {@code default}.
 */
public final class CommitComparison {
  private static final int WARM_UP_PASSES = 5;

  private CommitComparison() {}

  /** Runs the comparison and prints a Markdown table. */
  public static void main(String[] args) throws Exception {
    String index = args[0];
    String request = args[1];
    int rounds = Integer.parseInt(args[2]);
    List<BenchQuery> queries = BenchQueries.shared();
    List<String> texts = queries.stream().map(BenchQuery::text).toList();
    List<Boolean> and = queries.stream().map(q -> q.operator() == SearchRequest.Operator.AND).toList();
    URL loop = SearchLoop.class.getProtectionDomain().getCodeSource().getLocation();
    List<String> names = new ArrayList<>();
    List<Method> passes = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {loop, Path.of(args[i]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(loader);
      Class<?> searches = loader.loadClass(SearchLoop.class.getName());
      searches.getMethod("open", String.class, List.class, List.class, String.class)
          .invoke(null, index, texts, and, request);
      names.add(Path.of(args[i]).getFileName().toString());
      passes.add(searches.getMethod("pass"));
    }
    for (int w = 0; w < WARM_UP_PASSES; w++) {
      for (Method pass : passes) {
        pass.invoke(null);
      }
    }
    int jars = passes.size();
    long[][] all = new long[jars][];
    double[][] roundP50 = new double[jars][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < jars; k++) {
        int jar = (r + k) % jars;
        long[] nanos = (long[]) passes.get(jar).invoke(null);
        roundP50[jar][r] = percentile(nanos, 0.5);
        all[jar] = all[jar] == null ? nanos : concat(all[jar], nanos);
      }
    }
    Table table = new Table("build", "p50", "p90", "p99", "mean", "per-round p50 ratio to the first: median (min–max)");
    for (int jar = 0; jar < jars; jar++) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = roundP50[jar][r] / roundP50[0][r];
      }
      Arrays.sort(ratios);
      table.row(names.get(jar), Fmt.micros(percentile(all[jar], 0.5) / 1e3), Fmt.micros(percentile(all[jar], 0.9) / 1e3),
          Fmt.micros(percentile(all[jar], 0.99) / 1e3), Fmt.micros(Arrays.stream(all[jar]).average().orElse(0) / 1e3),
          jar == 0 ? "baseline" : times(ratios[rounds / 2]) + " (" + times(ratios[0]) + "–"
              + times(ratios[rounds - 1]) + ")");
    }
    System.out.printf("%s request, %d queries, %d rounds of one pass per build, taking turns%n%n%s", request,
        texts.size(), rounds, table.markdown());
    System.exit(0);
  }

  private static String times(double ratio) {
    return Fmt.decimal(ratio, 3) + "×";
  }

  private static double percentile(long[] nanos, double share) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))];
  }

  private static long[] concat(long[] a, long[] b) {
    long[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}

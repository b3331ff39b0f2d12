package dev.gazette.bench;

import dev.gazette.bench.report.ReportWriter;
import dev.gazette.bench.report.Section;
import dev.gazette.bench.suites.BenchContext;
import dev.gazette.bench.suites.DoorSuite;
import dev.gazette.bench.suites.HttpSuite;
import dev.gazette.bench.suites.HybridSuite;
import dev.gazette.bench.suites.IndexingSuite;
import dev.gazette.bench.suites.MicroSuite;
import dev.gazette.bench.suites.OpenSearchSuite;
import dev.gazette.bench.suites.PageSuite;
import dev.gazette.bench.suites.QuerySuite;
import dev.gazette.bench.suites.ScaleSuite;
import dev.gazette.bench.suites.StartupSuite;
import dev.gazette.bench.suites.Suite;
import dev.gazette.bench.suites.SuggestSuite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code ./gazette bench}: runs the benchmark suites and writes {@code docs/benchmarks.md} and its
 * charts. Every figure is measured beside its baseline in the same run, so the ratios hold on a
 * shared, noisy machine even when the absolute numbers move.
 */
public final class BenchMain {
  private BenchMain() {}

  /** Runs the suites the arguments name (all by default). */
  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    Path repository = Path.of(System.getProperty("gazette.repository", ".")).toAbsolutePath().normalize();
    BenchOptions options;
    try {
      options = BenchOptions.parse(repository, args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    Map<String, Suite> suites = Stream.of(new IndexingSuite(), new QuerySuite(), new HttpSuite(),
            new OpenSearchSuite(), new StartupSuite(), new ScaleSuite(), new SuggestSuite(), new MicroSuite(), new PageSuite(), new DoorSuite(), new HybridSuite())
        .collect(Collectors.toMap(Suite::id, Function.identity()));
    BenchContext context = new BenchContext(options);
    ReportWriter writer = new ReportWriter(options.cache().resolveSibling("bench-results"));
    if (options.reportOnly()) {
      writer.write(options.report(), BenchOptions.ALL, text("intro.md"), text("outro.md"));
      return;
    }
    for (String id : options.suites()) {
      System.err.println("== " + id);
      Section section = suites.get(id).run(context);
      writer.save(section);
      writer.write(options.report(), BenchOptions.ALL, text("intro.md"), text("outro.md"));
      System.err.println("== " + id + " done; " + options.report() + " updated");
    }
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = BenchMain.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

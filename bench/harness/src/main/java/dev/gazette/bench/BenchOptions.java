package dev.gazette.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The harness's settings, from its command line.
 *
 * @param suites the suites to run, in order
 * @param quick fewer rounds and no million-article corpus, for a first look
 * @param sizes the generated corpus sizes of the scale suite (the startup and suggest suites take the largest, the
 *     hybrid suite those from 100,000 up)
 * @param rounds timed passes over the query set (after warm-up passes)
 * @param indexRounds timed indexing runs of each engine
 * @param cache where generated corpora and built indexes are kept between runs
 * @param report the Markdown report to write; its charts go in a folder beside it
 * @param repository the repository root, for the commands the report prints
 * @param heap the heap of every server process (Gazette and OpenSearch alike)
 * @param seed the seed of the generated corpora
 * @param reportOnly rewrite the report from the kept sections without measuring anything
 */
public record BenchOptions(List<String> suites, boolean quick, List<Integer> sizes, int rounds, int indexRounds,
    Path cache, Path report, Path repository, String heap, long seed, boolean reportOnly) {

  /** Every suite, in the order a full run takes them. */
  public static final List<String> ALL = List.of("indexing", "query", "http", "opensearch", "scale", "startup", "suggest", "micro", "page", "door", "hybrid");

  /** The command line's usage. */
  public static final String USAGE = """
      usage: ./gazette bench [--quick] [--only SUITE,...] [--sizes N,...] [--rounds N] [--index-rounds N]
                             [--heap SIZE] [--cache DIR] [--report FILE] [--report-only]
      suites: indexing, query, http, opensearch, scale, startup, suggest, micro, page, door, hybrid (default: all)""";

  /** The options {@code args} give; throws {@link IllegalArgumentException} with the usage for bad ones. */
  public static BenchOptions parse(Path repository, String... args) {
    List<String> suites = ALL;
    boolean quick = false;
    boolean reportOnly = false;
    List<Integer> sizes = null;
    Integer rounds = null;
    Integer indexRounds = null;
    Path cache = repository.resolve("bench/target/bench-cache");
    Path report = repository.resolve("docs/benchmarks.md");
    String heap = "1g";
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--quick" -> quick = true;
        case "--report-only" -> reportOnly = true;
        case "--only" -> suites = suites(value(args, ++i, arg));
        case "--sizes" -> sizes = Arrays.stream(value(args, ++i, arg).split(",")).map(s -> Integer.parseInt(s.strip())).toList();
        case "--rounds" -> rounds = Integer.parseInt(value(args, ++i, arg));
        case "--index-rounds" -> indexRounds = Integer.parseInt(value(args, ++i, arg));
        case "--heap" -> heap = value(args, ++i, arg);
        case "--cache" -> cache = Path.of(value(args, ++i, arg));
        case "--report" -> report = Path.of(value(args, ++i, arg));
        default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
      }
    }
    return new BenchOptions(suites, quick,
        sizes != null ? sizes : quick ? List.of(10_000, 100_000) : List.of(10_000, 100_000, 1_000_000),
        rounds != null ? rounds : quick ? 2 : 3,
        indexRounds != null ? indexRounds : quick ? 2 : 3,
        cache.toAbsolutePath(), report.toAbsolutePath(), repository.toAbsolutePath(), heap, 20_260_101L, reportOnly);
  }

  /** The folder the charts go in: {@code benchmarks/} beside the report. */
  public Path charts() {
    String name = report.getFileName().toString().replaceFirst("\\.md$", "");
    return report.resolveSibling(name);
  }

  private static List<String> suites(String list) {
    List<String> chosen = new ArrayList<>();
    for (String suite : list.split(",")) {
      String name = suite.strip();
      if (!Set.copyOf(ALL).contains(name)) {
        throw new IllegalArgumentException("unknown suite " + name + "\n" + USAGE);
      }
      chosen.add(name);
    }
    return ALL.stream().filter(chosen::contains).toList();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }
}

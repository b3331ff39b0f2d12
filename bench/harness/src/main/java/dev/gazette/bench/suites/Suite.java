package dev.gazette.bench.suites;

import dev.gazette.bench.report.Section;

/** One group of benchmarks that writes one section of the report. */
public interface Suite {

  /** The suite's id, as {@code --only} names it. */
  String id();

  /** Runs the benchmarks and returns their section. */
  Section run(BenchContext context) throws Exception;
}

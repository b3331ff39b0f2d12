package dev.gazette.bench.suites;

import dev.gazette.GazetteConfig;
import dev.gazette.bench.BenchOptions;
import dev.gazette.bench.Machine;
import dev.gazette.bench.Workspace;
import dev.gazette.bench.corpus.BenchQueries;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.corpus.NewsGenerator;
import dev.gazette.bench.corpus.ReutersCorpus;
import java.nio.file.Path;
import java.util.List;

/** What every suite shares: the options, the workspace, the corpora and the queries, loaded once. */
public final class BenchContext {
  private final BenchOptions options;
  private final Workspace workspace;
  private ReutersCorpus reuters;
  private List<BenchQuery> queries;

  /** A context for {@code options}. */
  public BenchContext(BenchOptions options) {
    this.options = options;
    this.workspace = new Workspace(options.cache(), GazetteConfig.defaults());
  }

  /** The options. */
  public BenchOptions options() {
    return options;
  }

  /** The cache of corpora and indexes. */
  public Workspace workspace() {
    return workspace;
  }

  /** The Gazette configuration of every index: the defaults. */
  public GazetteConfig config() {
    return workspace.config();
  }

  /** The Reuters-21578 corpus. */
  public synchronized ReutersCorpus reuters() {
    if (reuters == null) {
      reuters = ReutersCorpus.shared();
    }
    return reuters;
  }

  /** A generated corpus of {@code size} articles. */
  public NewsGenerator generated(int size) {
    return NewsGenerator.of(reuters(), size, options.seed());
  }

  /** The 962 search-benchmark-game queries. */
  public synchronized List<BenchQuery> queries() {
    if (queries == null) {
      queries = BenchQueries.shared();
    }
    return queries;
  }

  /** The file of chart {@code name}, in the charts folder. */
  public Path chart(String name) {
    return options.charts().resolve(name);
  }

  /** A Markdown image link to chart {@code name}, relative to the report. */
  public String chartLink(String name, String alt) {
    return "![" + alt + "](" + options.charts().getFileName() + "/" + name + ")\n";
  }

  /** The command that reruns suite {@code id} alone. */
  public String command(String id) {
    return "./gazette bench --only " + id + (options.quick() ? " --quick" : "");
  }

  /** When, on which commit and under what load a suite ran, for its section. */
  public String conditions(long startedNanos) {
    return "measured " + Machine.now() + " on commit " + Machine.commit(options.repository()) + " in "
        + Math.round((System.nanoTime() - startedNanos) / 1e9) + " s; load average at the end " + Machine.load()
        + " on " + Machine.cores() + " cores";
  }
}

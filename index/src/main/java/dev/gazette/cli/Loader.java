package dev.gazette.cli;

import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.IndexStats;
import dev.gazette.IngestReport;
import dev.gazette.IngestReport.Rejection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One load of sources into an engine, shared by {@code reindex} and {@code add}: reads every source
 * through core's {@link Gazette#load(ArticleReader, java.util.function.LongConsumer)} with progress on
 * stderr, phase by phase, commits, and prints the summary (indexed, rejected, time, docs/s, index
 * size) and the first rejections with file, line and reason.
 */
final class Loader implements AutoCloseable {
  /** How many rejections are listed before the rest are only counted. */
  static final int LISTED = 20;

  private final Subcommand command;
  private final SourceOptions sources;
  private final long startNanos = System.nanoTime();
  private final Progress progress;
  private IndexStats stats;

  private Loader(Subcommand command, SourceOptions sources) {
    this.command = command;
    this.sources = sources;
    this.progress = Progress.start(command.err(), command.terminal(), "opening the index in " + command.common.data,
        sources.progressEvery());
    // Counted beside the load rather than before it, so indexing starts at once.
    Thread.ofPlatform().daemon().name("gazette-estimate")
        .start(() -> progress.total(estimate(sources.readers())));
  }

  /** The articles {@code readers} hold by core's cheap count, or empty when any of them cannot tell. */
  private static OptionalLong estimate(List<ArticleReader> readers) {
    long total = 0;
    for (ArticleReader reader : readers) {
      OptionalLong count = reader.estimate();
      if (count.isEmpty()) {
        return count;
      }
      total += count.getAsLong();
    }
    return OptionalLong.of(total);
  }

  /** Starts the clock and the progress display of a load of {@code sources} for {@code command}. */
  static Loader start(Subcommand command, SourceOptions sources) {
    return new Loader(command, sources);
  }

  /**
   * Reads every source into {@code engine} with progress on stderr, and commits; the merged report of
   * all sources. An article the engine refuses (such as a bad id) is a rejection, and the rest go on.
   */
  IngestReport loadInto(Gazette engine) {
    progress.phase("reading " + describe(sources.sources));
    long accepted = 0;
    long rejected = 0;
    List<Rejection> rejections = new ArrayList<>();
    for (ArticleReader reader : sources.readers()) {
      long before = accepted + rejected;
      IngestReport report = engine.load(reader, read -> progress.read(before + read));
      accepted += report.accepted();
      rejected += report.rejected();
      List<Rejection> some = report.rejections();
      rejections.addAll(some.subList(0, Math.min(some.size(), LISTED - rejections.size())));
    }
    progress.phase("committing");
    engine.commit();
    engine.refresh();
    stats = engine.stats();
    return new IngestReport(accepted, rejected, rejections);
  }

  /** Shows {@code name} as the phase now running. */
  void phase(String name) {
    progress.phase(name);
  }

  /** Stops the progress display. */
  @Override
  public void close() {
    progress.close();
  }

  /** Lists the first {@link #LISTED} rejections of {@code report} on stderr, then how many more there were. */
  void printRejections(IngestReport report) {
    printRejections(command.err(), report);
  }

  /** Lists the first rejections of {@code report} on {@code err}, then how many more there were. */
  static void printRejections(PrintWriter err, IngestReport report) {
    if (report.clean()) {
      return;
    }
    err.println("rejected " + Units.count(report.rejected(), "input") + ":");
    report.rejections().forEach(rejection -> err.println("  " + rejection));
    long unlisted = report.rejected() - report.rejections().size();
    if (unlisted > 0) {
      err.println("  ... and " + Units.count(unlisted) + " more");
    }
  }

  /** Prints the summary and the rejections; the exit code: {@link ExitCodes#REJECTED} when anything was. */
  int finish(IngestReport report) {
    Objects.requireNonNull(stats, "finish() follows loadInto()");
    close();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    PrintWriter out = command.out();
    out.printf("indexed   %s%n", Units.count(report.accepted(), "article"));
    out.printf("rejected  %s%n", Units.count(report.rejected(), "input"));
    out.printf("time      %s (%s)%n", Units.duration(elapsed), Units.rate(report.accepted(), elapsed));
    out.printf("index     %s, %s, in %s%n", Units.count(stats.documents(), "article"), Units.size(stats.sizeBytes()),
        command.common.data);
    out.flush();
    printRejections(report);
    return report.clean() ? ExitCodes.OK : ExitCodes.REJECTED;
  }

  /** A note on stderr, after the progress display. */
  void note(String text) {
    command.err().println(text);
    command.err().flush();
  }

  private static String describe(List<Path> paths) {
    return paths.size() == 1 ? paths.getFirst().toString() : paths.size() + " sources";
  }
}

package dev.gazette.cli;

import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.IndexStats;
import dev.gazette.IngestReport;
import dev.gazette.InvalidRequestException;
import dev.gazette.Rejection;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One load of sources into an engine, shared by {@code reindex} and {@code add}: reads every source
 * with progress on stderr, commits, and prints the summary (indexed, rejected, time, docs/s, index
 * size) and the first rejections with file, line and reason.
 */
final class Loader {
  /** How many rejections are listed before the rest are only counted. */
  static final int LISTED = 20;

  private final Subcommand command;
  private final SourceOptions sources;
  private final long startNanos = System.nanoTime();
  private IndexStats stats;

  private Loader(Subcommand command, SourceOptions sources) {
    this.command = command;
    this.sources = sources;
  }

  /** Starts the clock of a load of {@code sources} for {@code command}. */
  static Loader start(Subcommand command, SourceOptions sources) {
    return new Loader(command, sources);
  }

  /**
   * Reads every source into {@code engine} with progress on stderr, and commits; the merged report of
   * all sources. An article the engine refuses (such as a bad id) is a rejection, and the rest go on.
   */
  IngestReport loadInto(Gazette engine) {
    long accepted = 0;
    long rejected = 0;
    List<Rejection> rejections = new ArrayList<>();
    try (Progress progress = Progress.start(command.err(), command.terminal(),
        SourceEstimate.of(sources.sources, sources.format), sources.progressEvery())) {
      for (ArticleReader reader : sources.readers()) {
        List<Rejection> refused = new ArrayList<>();
        AtomicLong refusedCount = new AtomicLong();
        IngestReport report = reader.read(article -> {
          try {
            engine.upsert(article);
          } catch (InvalidRequestException e) {
            if (refused.size() < LISTED) {
              refused.add(new Rejection("article " + article.id(), 0, e.getMessage()));
            }
            refusedCount.incrementAndGet();
          }
          progress.advance();
        });
        accepted += report.accepted() - refusedCount.get();
        rejected += report.rejected() + refusedCount.get();
        for (List<Rejection> some : List.of(report.rejections(), refused)) {
          rejections.addAll(some.subList(0, Math.min(some.size(), LISTED - rejections.size())));
        }
      }
    }
    engine.commit();
    engine.refresh();
    stats = engine.stats();
    return new IngestReport(accepted, rejected, rejections);
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
    err.println("rejected " + Units.count(report.rejected()) + (report.rejected() == 1 ? " input:" : " inputs:"));
    report.rejections().forEach(rejection -> err.println("  " + rejection));
    long unlisted = report.rejected() - report.rejections().size();
    if (unlisted > 0) {
      err.println("  ... and " + Units.count(unlisted) + " more");
    }
  }

  /** Prints the summary and the rejections; the exit code: {@link ExitCodes#REJECTED} when anything was. */
  int finish(IngestReport report) {
    Objects.requireNonNull(stats, "finish() follows loadInto()");
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    PrintWriter out = command.out();
    out.printf("indexed   %s articles%n", Units.count(report.accepted()));
    out.printf("rejected  %s inputs%n", Units.count(report.rejected()));
    out.printf("time      %s (%s)%n", Units.duration(elapsed), Units.rate(report.accepted(), elapsed));
    out.printf("index     %s articles, %s, in %s%n", Units.count(stats.documents()), Units.size(stats.sizeBytes()),
        command.common.data);
    out.flush();
    printRejections(report);
    return report.clean() ? ExitCodes.OK : ExitCodes.REJECTED;
  }

  /** A note on stderr, between the progress display and the summary. */
  void note(String text) {
    command.err().println(text);
    command.err().flush();
  }
}

package dev.gazette.cli;

import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.IndexStats;
import dev.gazette.IngestReport;
import dev.gazette.Rejection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One load of sources into an engine, shared by {@code reindex} and {@code add}: reads every source
 * with progress on stderr, commits, and prints the summary (indexed, rejected, time, docs/s, index
 * size) and the first rejections with file, line and reason.
 */
final class Loader implements AutoCloseable {
  /** How many rejections are listed before the rest are only counted. */
  static final int LISTED = 20;

  private final PrintWriter out;
  private final PrintWriter err;
  private final Path dataDir;
  private final List<ArticleReader> readers;
  private final Progress progress;
  private IndexStats stats;

  private Loader(PrintWriter out, PrintWriter err, Path dataDir, List<ArticleReader> readers, Progress progress) {
    this.out = out;
    this.err = err;
    this.dataDir = dataDir;
    this.readers = readers;
    this.progress = progress;
  }

  /** Estimates the work and starts the clock and the progress display. */
  static Loader start(Subcommand command, SourceOptions sources) {
    Progress progress = Progress.start(command.err(), command.terminal(),
        SourceEstimate.of(sources.sources, sources.format), sources.progressEvery());
    return new Loader(command.out(), command.err(), command.common.data, sources.readers(), progress);
  }

  /** Reads every source into {@code engine} and commits; the merged report of all sources. */
  IngestReport loadInto(Gazette engine) {
    long accepted = 0;
    long rejected = 0;
    List<Rejection> rejections = new ArrayList<>();
    for (ArticleReader reader : readers) {
      IngestReport report = reader.read(article -> {
        engine.upsert(article);
        progress.advance();
      });
      accepted += report.accepted();
      rejected += report.rejected();
      rejections.addAll(report.rejections().subList(0, Math.min(report.rejections().size(), LISTED - rejections.size())));
    }
    progress.close();
    engine.commit();
    engine.refresh();
    stats = engine.stats();
    return new IngestReport(accepted, rejected, rejections);
  }

  /** Lists the first {@link #LISTED} rejections of {@code report} on stderr, then how many more there were. */
  void printRejections(IngestReport report) {
    if (report.clean()) {
      return;
    }
    err.println("rejected " + Units.count(report.rejected()) + (report.rejected() == 1 ? " input:" : " inputs:"));
    report.rejections().stream().limit(LISTED).forEach(rejection -> err.println("  " + rejection));
    long unlisted = report.rejected() - Math.min(LISTED, report.rejections().size());
    if (unlisted > 0) {
      err.println("  ... and " + Units.count(unlisted) + " more");
    }
  }

  /** Prints the summary and the rejections; the exit code: {@link ExitCodes#REJECTED} when anything was. */
  int finish(IngestReport report) {
    Objects.requireNonNull(stats, "finish() follows loadInto()");
    out.printf("indexed   %s articles%n", Units.count(report.accepted()));
    out.printf("rejected  %s inputs%n", Units.count(report.rejected()));
    out.printf("time      %s (%s)%n", Units.duration(progress.elapsed()), Units.rate(report.accepted(), progress.elapsed()));
    out.printf("index     %s articles, %s, in %s%n", Units.count(stats.documents()), Units.size(stats.sizeBytes()), dataDir);
    out.flush();
    printRejections(report);
    return report.clean() ? ExitCodes.OK : ExitCodes.REJECTED;
  }

  /** A note on stderr, between the progress display and the summary. */
  void note(String text) {
    err.println(text);
    err.flush();
  }

  /** Stops the progress display, if a failure left it running. */
  @Override
  public void close() {
    progress.close();
  }
}

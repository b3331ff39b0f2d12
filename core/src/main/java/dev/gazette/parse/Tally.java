package dev.gazette.parse;

import dev.gazette.Article;
import dev.gazette.IngestReport;
import dev.gazette.IngestReport.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Counts what a read accepts and rejects, passing accepted articles on to a sink. */
final class Tally {
  private final Consumer<Article> sink;
  private final List<Rejection> listed = new ArrayList<>();
  private long accepted;
  private long rejected;

  Tally(Consumer<Article> sink) {
    this.sink = sink;
  }

  /** Hands {@code article} to the sink and counts it. */
  void accept(Article article) {
    sink.accept(article);
    accepted++;
  }

  /**
   * Counts a rejection of the input at {@code line} (1-based, 0 for the whole) of {@code source}.
   */
  void reject(SourceFile source, long line, String reason) {
    rejected++;
    if (listed.size() < IngestReport.MAX_LISTED) {
      listed.add(new Rejection(source.path().toString(), line, reason));
    }
  }

  /** What was accepted and rejected so far. */
  IngestReport report() {
    return new IngestReport(accepted, rejected, listed);
  }
}

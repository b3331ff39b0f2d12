package dev.gazette.server;

import dev.gazette.ArticleReader;
import dev.gazette.DataFolder;
import dev.gazette.IngestReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Indexes the seeds folder when the data folder's index is missing or empty, or when the seeds changed
 * since they were last indexed and the index still holds only what they put there (their {@link
 * SeedFingerprint} and article count are kept in {@code seeds.fingerprint} in the data folder). An index
 * that did not come from the seeds, or that was written to since, is never replaced. The new index is
 * built beside the live one and switched in only once complete.
 */
final class SeedIndexer implements Startup {
  static final String FINGERPRINT_FILE = "seeds.fingerprint";
  private static final int REJECTIONS_LOGGED = 10;

  private final Path seeds;
  private final Log log;
  private final DocumentMetrics metrics;

  SeedIndexer(Path seeds, Log log, DocumentMetrics metrics) {
    this.seeds = seeds;
    this.log = log;
    this.metrics = metrics;
  }

  @Override
  public void prepare(DataFolder data) {
    if (seeds == null) {
      return;
    }
    if (!Files.isDirectory(seeds)) {
      log.warn("seeds folder " + seeds + " not found; serving the index as it is");
      return;
    }
    Path stored = data.dir().resolve(FINGERPRINT_FILE);
    String fingerprint = SeedFingerprint.of(seeds);
    long documents = data.hasIndex() ? data.read(gazette -> gazette.stats().documents()) : 0;
    String reason = reasonToIndex(read(stored), fingerprint, documents);
    if (reason == null) {
      return;
    }
    log.info("indexing the seeds in " + seeds + " (" + reason + ")");
    IngestReport report = data.reindex(gazette -> gazette.load(ArticleReader.of(seeds)));
    metrics.seeds(report);
    log.info("indexed " + report.accepted() + " seed articles, rejected " + report.rejected()
        + "; the previous index, if any, is kept as the older generation");
    report.rejections().stream().limit(REJECTIONS_LOGGED).forEach(r -> log.warn("rejected " + r));
    write(stored, fingerprint + " " + report.accepted());
  }

  /**
   * Why the seeds should be indexed now, or {@code null} (logged) when the index is kept: the seeds fill
   * only an empty index, and replace only an index they built that nobody has written to since.
   */
  private String reasonToIndex(String record, String fingerprint, long documents) {
    if (documents == 0) {
      return "the index is empty";
    }
    if (record == null) {
      log.info("the index holds " + documents + " articles that did not come from the seeds in " + seeds
          + "; serving it as it is (--seeds none skips this check)");
      return null;
    }
    String[] parts = record.split(" ");
    if (parts[0].equals(fingerprint)) {
      log.info("seeds in " + seeds + " unchanged since they were indexed; serving " + documents + " articles");
      return null;
    }
    if (parts.length < 2 || Long.parseLong(parts[1]) != documents) {
      log.warn("seeds in " + seeds + " changed, but the index has been written to since they were indexed ("
          + documents + " articles); serving it as it is, not replacing it with the seeds");
      return null;
    }
    return "they changed, and the index holds only what they put there";
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file).strip() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static void write(Path file, String fingerprint) {
    try {
      Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), fingerprint + "\n");
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}

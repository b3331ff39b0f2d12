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
 * Indexes the seeds folder when the data folder has no index yet, or when the seeds changed since
 * they were last indexed (their {@link SeedFingerprint} is kept in {@code seeds.fingerprint} in the
 * data folder). The new index is built beside the live one and switched in only once complete.
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
    if (data.hasIndex() && fingerprint.equals(read(stored))) {
      log.info("seeds in " + seeds + " unchanged since they were indexed");
      return;
    }
    log.info("indexing the seeds in " + seeds + (data.hasIndex() ? " (they changed)" : " (first start)"));
    IngestReport report = data.reindex(gazette -> gazette.load(ArticleReader.of(seeds)));
    metrics.seeds(report);
    log.info("indexed " + report.accepted() + " seed articles, rejected " + report.rejected());
    report.rejections().stream().limit(REJECTIONS_LOGGED).forEach(r -> log.warn("rejected " + r));
    write(stored, fingerprint);
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

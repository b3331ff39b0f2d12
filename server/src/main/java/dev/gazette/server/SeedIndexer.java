package dev.gazette.server;

import dev.gazette.ArticleReader;
import dev.gazette.IngestReport;
import dev.gazette.store.DataFolder;
import dev.gazette.store.Generation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Indexes the seeds folder when the live index is missing or empty, or when the seeds changed since
 * they built it and nobody has written to it since. It decides from the record each index keeps of
 * what built it ({@link Generation}: in the index's own commit, or its mapping on OpenSearch), so a
 * new server on a shared cluster, or on a folder someone reindexed, never replaces a user's archive
 * with the seeds. An index without a record (built before records were kept) is judged by the older
 * {@code seeds.fingerprint} file of the data folder when there is one, otherwise served as it is. The
 * new index is built beside the live one and switched in only once complete; the previous one is kept.
 */
final class SeedIndexer implements Startup {
  /** The data folder's file of the fingerprint and article count of the seeds, written before records lived with the index. */
  static final String FINGERPRINT_FILE = "seeds.fingerprint";
  /** How the record of an index built from seeds names them: this prefix and their {@link SeedFingerprint}. */
  static final String SEEDS_TAG = "seeds-sha256:";
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
      log.info("--seeds none: loading no seeds; " + describeLive(data));
      return;
    }
    if (!Files.isDirectory(seeds)) {
      log.warn("seeds folder " + seeds + " not found; " + describeLive(data));
      return;
    }
    String tag = SEEDS_TAG + SeedFingerprint.of(seeds);
    long documents = data.hasIndex() ? data.read(gazette -> gazette.stats().documents()) : 0;
    Generation live = data.generations().stream().filter(Generation::live).findFirst().orElse(null);
    Path legacy = data.liveIndexDir() == null ? null : data.dir().resolve(FINGERPRINT_FILE);
    String reason = live != null && live.builtBy() != null
        ? reasonFromRecord(live, tag, documents)
        : reasonWithoutRecord(legacy == null ? null : read(legacy), tag, documents);
    if (reason != null) {
      log.info("indexing the seeds in " + seeds + " (" + reason + ")");
      IngestReport report = data.reindex("the seeds in " + seeds, tag, gazette -> gazette.load(ArticleReader.of(seeds)));
      metrics.seeds(report);
      log.info("indexed " + report.accepted() + " seed articles, rejected " + report.rejected()
          + "; the previous index, if any, is kept as an older generation (gazette generations lists them)");
      report.rejections().stream().limit(REJECTIONS_LOGGED).forEach(r -> log.warn("rejected " + r));
      delete(legacy);
    }
    log.info(describeLive(data));
  }

  /** Why the seeds should be indexed now, or {@code null} (logged) when the index is kept, judged by its record. */
  private String reasonFromRecord(Generation live, String tag, long documents) {
    if (documents == 0 && !Boolean.TRUE.equals(live.writtenSince())) {
      return "the index is empty";
    }
    if (tag.equals(live.fingerprint())) {
      log.info("seeds in " + seeds + " unchanged since they built the index; serving it");
      return null;
    }
    if (live.fingerprint() == null || !live.fingerprint().startsWith(SEEDS_TAG)) {
      log.info("the index holds " + documents + " articles built by " + live.builtBy()
          + ", not by the seeds; serving it as it is, never replacing it with them (--seeds none skips this check)");
      return null;
    }
    if (live.writtenSince() == null) {
      log.warn("seeds in " + seeds + " changed, but writes to an index on OpenSearch are not tracked, so it may hold "
          + "more than the seeds; serving it as it is, not replacing it with them (gazette reindex replaces it)");
      return null;
    }
    if (live.writtenSince()) {
      log.warn("seeds in " + seeds + " changed, but the index has been written to since they built it ("
          + documents + " articles); serving it as it is, not replacing it with the seeds");
      return null;
    }
    return "they changed, and the index holds only what they put there";
  }

  /**
   * Why the seeds should be indexed now, or {@code null} (logged), for an index without a record: by the
   * data folder's {@code seeds.fingerprint} file ({@code legacy}, or {@code null} when there is none).
   */
  private String reasonWithoutRecord(String legacy, String tag, long documents) {
    if (documents == 0) {
      return "the index is empty";
    }
    if (legacy == null) {
      log.info("the index holds " + documents + " articles that did not come from the seeds in " + seeds
          + "; serving it as it is (--seeds none skips this check)");
      return null;
    }
    String[] parts = legacy.split(" ");
    if ((SEEDS_TAG + parts[0]).equals(tag)) {
      log.info("seeds in " + seeds + " unchanged since they were indexed; serving " + documents + " articles");
      return null;
    }
    if (parts.length < 2 || !parts[1].equals(Long.toString(documents))) {
      log.warn("seeds in " + seeds + " changed, but the index has been written to since they were indexed ("
          + documents + " articles); serving it as it is, not replacing it with the seeds");
      return null;
    }
    return "they changed, and the index holds only what they put there";
  }

  /** What is served: the live generation, its article count and what built it. */
  private static String describeLive(DataFolder data) {
    Generation live = data.generations().stream().filter(Generation::live).findFirst().orElse(null);
    if (live == null) {
      return data.hasIndex() ? "serving the index as it is" : "serving an empty index";
    }
    return "serving generation " + live.id() + ": " + live.articles() + " articles, built by "
        + (live.builtBy() == null ? "an unrecorded build" : live.builtBy())
        + (live.builtAt() == null ? "" : " at " + live.builtAt())
        + (Boolean.TRUE.equals(live.writtenSince()) ? ", written to since" : "");
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file).strip() : null;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static void delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + file, e);
    }
  }
}

package dev.gazette.store;

import dev.gazette.ClosedIndexException;
import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.IngestReport;
import dev.gazette.OpenSearchTarget;
import dev.gazette.UnsupportedFeatureException;
import dev.gazette.index.IndexChecker;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A data folder holding the live index and the indexes being built to replace it, shared by the
 * server and the command-line tool.
 *
 * <p>Layout: {@code generations/<id>/} holds one complete index each; the file {@code CURRENT}
 * names the live one and is replaced atomically, and {@code generations.log} records every switch.
 * A {@linkplain #reindex reindex} builds a new generation beside the live one, checks it, and only
 * then switches {@code CURRENT}, so a reindex that fails or is killed leaves the previous index
 * serving and intact. The live generation and the two before it are kept ({@link #generations},
 * {@link #use}). Each index records what built it in its own commit (on OpenSearch, in its mapping),
 * so the record travels with the index. A process holding this folder open notices a switch within
 * a quarter second and moves to the new index without failing a request. Writes made to the old
 * index while a reindex runs are not carried over.
 */
public final class DataFolder implements Closeable {
  private static final long SWITCH_CHECK_NANOS = 250_000_000L;
  private static final int ATTEMPTS = 3;

  private final Path dir;
  private final GenerationStore store;
  private final Generations generations;
  private final Object switchLock = new Object();
  private volatile Live live;
  private volatile long checkedAt;
  private boolean closed;

  /** The engine serving {@link GenerationStore#serving()}'s answer {@code key}. */
  private record Live(String key, Gazette gazette) {}

  private DataFolder(Path dir, GenerationStore store) {
    this.dir = dir;
    this.store = store;
    this.generations = new Generations(dir, store);
  }

  /** Opens (creating if needed) the data folder {@code dir}. */
  public static DataFolder open(Path dir, GazetteConfig config) {
    Path folder = dir.toAbsolutePath().normalize();
    return new DataFolder(folder, new FolderStore(folder, config));
  }

  /**
   * A data folder whose index lives on an OpenSearch cluster ({@link Gazette#connect}): searches and
   * writes go to {@code target}'s alias, and {@link #reindex} builds a new index on the cluster, then
   * moves the alias to it in one atomic step. The folder {@code dir} only holds the reindex lock and
   * {@code generations.log}. Backups, restores and checks are the cluster's own (snapshots) and throw
   * {@link UnsupportedFeatureException} here.
   */
  public static DataFolder connect(Path dir, OpenSearchTarget target, GazetteConfig config) {
    return new DataFolder(dir.toAbsolutePath().normalize(), new AliasStore(target, config));
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** True when a live index exists. */
  public boolean hasIndex() {
    return store.serving() != null;
  }

  /** The folder of the live index, or {@code null} when there is none yet or it is not a folder here. */
  public Path liveIndexDir() {
    String serving = store.serving();
    return serving == null ? null : store.folders().map(folders -> folders.path(serving)).orElse(null);
  }

  /**
   * When the live index was last switched in by a {@linkplain #reindex reindex} (the time {@code
   * CURRENT} was written), or {@code null} when there is no index yet or that is unknown.
   */
  public Instant lastReindex() {
    return store.switchedAt();
  }

  /**
   * Runs {@code action} on the live engine (opening it, or an empty one, on first use; moving to a
   * newer generation first if a reindex switched {@code CURRENT}). Safe from many threads.
   */
  public <T> T withLive(Function<Gazette, T> action) {
    for (int attempt = 1; ; attempt++) {
      Gazette gazette = live();
      try {
        return action.apply(gazette);
      } catch (ClosedIndexException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * Runs {@code action} on the last commit of the live index, opened read-only: no write lock is
   * taken, so this works while a server holds the folder. Throws {@link GazetteException} when there
   * is no index yet.
   */
  public <T> T read(Function<Gazette, T> action) {
    String serving = store.serving();
    if (serving == null) {
      throw new GazetteException("there is no index in " + dir + " yet; run a reindex first");
    }
    try (Gazette gazette = store.openReadOnly(serving)) {
      return action.apply(gazette);
    }
  }

  /** {@link #reindex(String, String, Function)} recorded as built by "a reindex". */
  public IngestReport reindex(Function<Gazette, IngestReport> build) {
    return reindex("a reindex", null, build);
  }

  /**
   * Builds a new generation with {@code build}, commits and checks it, records that {@code builtBy}
   * built it (from something with {@code fingerprint}, or {@code null}) in the index itself, then
   * makes it live; the previous generation is kept ({@link #generations}). Throws {@link
   * GazetteException} if another reindex holds the folder, if the new index fails its check, or if
   * the live index took writes while the new one was built (they would be lost); in each case the
   * live index is untouched.
   */
  public IngestReport reindex(String builtBy, String fingerprint, Function<Gazette, IngestReport> build) {
    IngestReport report = generations.reindex(builtBy, fingerprint, build);
    checkedAt = 0;
    return report;
  }

  /**
   * Copies the last commit of the live index into {@code dest}, a folder that must not exist or be
   * empty, while this process goes on serving and writing; returns the bytes copied. The copy is a
   * plain index that {@link #restore} brings back. Taking it opens the live index for writing, so
   * back up a folder a server holds through that server ({@code POST /api/admin/snapshot}).
   */
  public long backup(Path dest) {
    folders("backups");
    if (!hasIndex()) {
      throw new GazetteException("there is no index in " + dir + " to back up");
    }
    requireEmpty(dest);
    return withLive(gazette -> gazette.copyLastCommit(dest));
  }

  /**
   * Makes a copy of the index in {@code source} (a {@link #backup}) the live index: copies it into a
   * new generation, checks it, then switches {@code CURRENT}, so a restore that fails leaves the live
   * index untouched. A process serving this folder moves to the restored index within a second;
   * writes made after the backup was taken are replaced by it.
   */
  public void restore(Path source) {
    generations.restore(source, folders("restores"));
    checkedAt = 0;
  }

  /** Runs Lucene's CheckIndex on the live index; the report text and whether it is clean. */
  public CheckReport check() {
    GenerationStore.IndexFolders folders = folders("index checks");
    String serving = store.serving();
    if (serving == null) {
      throw new GazetteException("there is no index in " + dir + " yet; run a reindex first");
    }
    Path live = folders.path(serving);
    try {
      IndexChecker.Result result = IndexChecker.check(live);
      return new CheckReport(result.clean(), result.report());
    } catch (IOException e) {
      return new CheckReport(false, "CheckIndex could not read the index at " + live + ": " + e.getMessage());
    }
  }

  /**
   * The outcome of {@link #check()}.
   *
   * @param clean true when CheckIndex found no problem
   * @param report CheckIndex's own report
   */
  public record CheckReport(boolean clean, String report) {}

  /**
   * The generations, oldest first, with their article counts and what built them: the folder's
   * generations, or on OpenSearch the indexes Gazette built for the alias.
   */
  public List<Generation> generations() {
    return generations.list();
  }

  /**
   * Makes the kept generation {@code id} live again (the folder's {@code CURRENT}, or the alias on
   * OpenSearch, switched atomically), logging why; nothing is deleted, and a process serving this
   * folder moves to it within a second. Returns the generation now live. Throws {@link
   * GazetteException} when there is no such generation or it cannot be read.
   */
  public Generation use(String id, String why) {
    Generation now = generations.use(id, why);
    checkedAt = 0;
    return now;
  }

  /** Commits and closes the live engine. */
  @Override
  public void close() {
    synchronized (switchLock) {
      closed = true;
      if (live != null) {
        live.gazette().close();
        live = null;
      }
      store.close();
    }
  }

  private Gazette live() {
    Live current = live;
    long now = System.nanoTime();
    if (current != null && now - checkedAt < SWITCH_CHECK_NANOS) {
      return current.gazette();
    }
    synchronized (switchLock) {
      if (closed) {
        throw new GazetteException("the data folder " + dir + " is closed");
      }
      String key = store.serving();
      if (key == null) {
        generations.reindex("an empty start", null, gazette -> new IngestReport(0, 0, List.of()));
        key = store.serving();
      }
      current = live;
      if (current == null || !current.key().equals(key)) {
        live = new Live(key, store.open(key));
        if (current != null) {
          current.gazette().close();
        }
      }
      checkedAt = System.nanoTime();
      return live.gazette();
    }
  }

  /** The store's index folders, for {@code what}; the cluster's own tools do that on OpenSearch. */
  private GenerationStore.IndexFolders folders(String what) {
    return store.folders().orElseThrow(() -> new UnsupportedFeatureException(
        what + " of " + store.name() + " are the cluster's own (snapshots), not Gazette's"));
  }

  private static void requireEmpty(Path dest) {
    try (Stream<Path> entries = Files.list(dest)) {
      if (entries.findAny().isPresent()) {
        throw new GazetteException("the backup folder " + dest + " is not empty; name a new folder");
      }
    } catch (NoSuchFileException e) {
      // Created by the copy.
    } catch (IOException e) {
      throw new GazetteException("cannot use " + dest + " as the backup folder: " + e.getMessage(), e);
    }
  }
}

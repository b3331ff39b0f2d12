package dev.gazette;

import dev.gazette.index.BuildRecord;
import dev.gazette.index.BuiltIndex;
import dev.gazette.index.GenerationFolder;
import dev.gazette.index.IndexChecker;
import dev.gazette.index.IndexStore;
import dev.gazette.opensearch.OpenSearchIndex;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
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
  private static final String LOCK = "reindex.lock";
  private static final long SWITCH_CHECK_NANOS = 250_000_000L;
  private static final int ATTEMPTS = 3;

  private final Path dir;
  private final GenerationFolder generations;
  private final GazetteConfig config;
  /** The cluster holding the index instead of the folder's generations, or {@code null}. */
  private final OpenSearchTarget openSearch;
  private final Object switchLock = new Object();
  private volatile Live live;
  private volatile long checkedAt;
  private boolean closed;

  /** The engine of one generation. */
  private record Live(String generation, Gazette gazette) {}

  private DataFolder(Path dir, GazetteConfig config, OpenSearchTarget openSearch) {
    this.dir = dir;
    this.config = config;
    this.openSearch = openSearch;
    try {
      this.generations = new GenerationFolder(dir);
    } catch (IOException e) {
      throw new GazetteException("cannot create the data folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Opens (creating if needed) the data folder {@code dir}. */
  public static DataFolder open(Path dir, GazetteConfig config) {
    return new DataFolder(dir.toAbsolutePath().normalize(), config, null);
  }

  /**
   * A data folder whose index lives on an OpenSearch cluster ({@link Gazette#connect}): searches and
   * writes go to {@code target}'s alias, and {@link #reindex} builds a new index on the cluster, then
   * moves the alias to it in one atomic step. The folder {@code dir} only holds the reindex lock.
   * Backups, restores and checks are the cluster's own (snapshots) and throw {@link
   * GazetteException} here.
   */
  public static DataFolder connect(Path dir, OpenSearchTarget target, GazetteConfig config) {
    return new DataFolder(dir.toAbsolutePath().normalize(), config, target);
  }

  /** The folder. */
  public Path dir() {
    return dir;
  }

  /** True when a live index exists. */
  public boolean hasIndex() {
    if (openSearch != null) {
      return true;
    }
    return generations.exists(generations.current());
  }

  /** The folder of the live index, or {@code null} when there is none yet. */
  public Path liveIndexDir() {
    return openSearch == null && hasIndex() ? generations.path(generations.current()) : null;
  }

  /**
   * When the live index was last switched in by a {@linkplain #reindex reindex} (the time {@code
   * CURRENT} was written), or {@code null} when there is no index yet.
   */
  public Instant lastReindex() {
    return generations.switchedAt();
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
    if (openSearch != null) {
      return withLive(action);
    }
    Path live = liveIndexDir();
    if (live == null) {
      throw new GazetteException("there is no index in " + dir + " yet; run a reindex first");
    }
    try (Gazette gazette = Gazette.openReadOnly(live, config)) {
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
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      if (openSearch != null) {
        IngestReport report = Gazette.rebuild(openSearch, config, BuildRecord.now(builtBy, fingerprint), build);
        generations.log(null, openSearch.index(), builtBy + " (on OpenSearch " + openSearch.nodes() + ")");
        return report;
      }
      Path liveBefore = liveIndexDir();
      long versionBefore = liveBefore == null ? -1 : IndexStore.commitVersion(liveBefore);
      String name = generations.newId();
      Path target = generations.path(name);
      IngestReport report;
      try (Gazette gazette = Gazette.open(target, config)) {
        report = build.apply(gazette);
        gazette.commit();
      } catch (RuntimeException e) {
        GenerationFolder.delete(target);
        throw e;
      }
      if (liveBefore != null && IndexStore.commitVersion(liveBefore) != versionBefore) {
        GenerationFolder.delete(target);
        throw new GazetteException("the live index took writes while this reindex ran, and they would be lost; "
            + "the new index was discarded. Run the reindex again once writes have stopped");
      }
      install(name, BuildRecord.now(builtBy, fingerprint));
      return report;
    } catch (IOException e) {
      throw new GazetteException("reindex failed in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Copies the last commit of the live index into {@code dest}, a folder that must not exist or be
   * empty, while this process goes on serving and writing; returns the bytes copied. The copy is a
   * plain index that {@link #restore} brings back. Taking it opens the live index for writing, so
   * back up a folder a server holds through that server ({@code POST /api/admin/snapshot}).
   */
  public long backup(Path dest) {
    requireEmbedded("backups");
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
    requireEmbedded("restores");
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      String name = generations.newId();
      Path target = generations.path(name);
      try {
        IndexStore.copyLatestCommit(source, target);
      } catch (IOException e) {
        GenerationFolder.delete(target);
        throw new GazetteException("there is no readable index to restore at " + source + ": " + e.getMessage(), e);
      }
      install(name, BuildRecord.now("gazette restore " + source, null));
    } catch (IOException e) {
      throw new GazetteException("restore failed in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Runs Lucene's CheckIndex on the live index; the report text and whether it is clean. */
  public CheckReport check() {
    requireEmbedded("index checks");
    Path live = liveIndexDir();
    if (live == null) {
      throw new GazetteException("there is no index in " + dir + " yet; run a reindex first");
    }
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
    if (openSearch != null) {
      try (OpenSearchIndex index = OpenSearchIndex.connect(openSearch, config)) {
        return index.generations().stream().map(g -> Generation.of(g.index(), g.live(), g.summary())).toList();
      } catch (IOException e) {
        throw new GazetteException("cannot list the indexes behind " + openSearch.index() + ": " + e.getMessage(), e);
      }
    }
    String current = generations.current();
    List<Generation> listed = new ArrayList<>();
    generations.summaries().forEach((id, summary) -> listed.add(Generation.of(id, id.equals(current), summary)));
    return listed;
  }

  /**
   * Makes the kept generation {@code id} live again (the folder's {@code CURRENT}, or the alias on
   * OpenSearch, switched atomically), logging why; nothing is deleted, and a process serving this
   * folder moves to it within a second. Returns the generation now live. Throws {@link
   * GazetteException} when there is no such generation or it cannot be read.
   */
  public Generation use(String id, String why) {
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      if (openSearch != null) {
        try (OpenSearchIndex index = OpenSearchIndex.connect(openSearch, config)) {
          index.use(id);
        }
        generations.log(null, id, why + " (the alias " + openSearch.index() + " on OpenSearch)");
      } else {
        generations.use(id, why);
        checkedAt = 0;
      }
    } catch (IOException e) {
      throw new GazetteException("cannot switch to generation " + id + " in " + dir + ": " + e.getMessage(), e);
    }
    return generations().stream().filter(Generation::live).findFirst()
        .orElseThrow(() -> new GazetteException("generation " + id + " is not live after the switch"));
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
      if (openSearch != null) {
        if (live == null) {
          live = new Live(openSearch.index(), Gazette.connect(openSearch, config));
        }
        return live.gazette();
      }
      String name = generations.current();
      if (!generations.exists(name)) {
        name = createEmptyGeneration();
      }
      current = live;
      if (current == null || !current.generation().equals(name)) {
        Gazette opened = Gazette.open(generations.path(name), config);
        live = new Live(name, opened);
        if (current != null) {
          current.gazette().close();
        }
      }
      checkedAt = System.nanoTime();
      return live.gazette();
    }
  }

  private void requireEmbedded(String what) {
    if (openSearch != null) {
      throw new UnsupportedFeatureException(what + " of an index on OpenSearch are the cluster's own (snapshots), not Gazette's");
    }
  }

  private String createEmptyGeneration() {
    reindex("an empty start", null, gazette -> new IngestReport(0, 0, List.of()));
    return generations.current();
  }

  /**
   * Records {@code record} in the generation {@code name}, checks it and makes it live, or discards it
   * and says why; then deletes the generations beyond the kept ones.
   */
  private void install(String name, BuildRecord record) throws IOException {
    Path target = generations.path(name);
    BuiltIndex.stamp(target, record);
    IndexChecker.Result check = IndexChecker.check(target);
    if (!check.clean()) {
      GenerationFolder.delete(target);
      throw new GazetteException("the new index failed its check and was discarded; the live index is unchanged\n"
          + check.report());
    }
    String previous = generations.current();
    generations.switchTo(name, record.builtBy());
    generations.prune(name, previous);
    checkedAt = 0;
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

  private FileLock tryLock(FileChannel channel) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (OverlappingFileLockException e) {
      // Held by this process: the same answer as another process.
    }
    throw new GazetteException("another reindex is running on " + dir + "; wait for it to finish and try again");
  }
}

package dev.gazette.store;

import dev.gazette.Gazette;
import dev.gazette.GazetteException;
import dev.gazette.IngestReport;
import dev.gazette.index.BuildRecord;
import dev.gazette.index.BuiltIndex;
import dev.gazette.index.IndexFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The rules of a data folder's generations, the same whatever {@link GenerationStore} keeps them: a
 * build goes into a new generation beside the live one and is sealed with the record of what built
 * it; it goes live only once it passed the store's check and the live one took no writes meanwhile,
 * in one atomic switch; every switch is a line in {@code DATA/generations.log} (when, from, to, why);
 * after a switch the live generation, the one it replaced and the newest others up to {@link #KEPT}
 * complete ones are kept, the rest deleted. One reindex, restore or switch runs at a time per data
 * folder ({@code DATA/reindex.lock}).
 */
public final class Generations {
  /** How many generations a switch keeps: the live one and up to two before it. */
  public static final int KEPT = 3;
  private static final String LOCK = "reindex.lock";
  private static final String LOG = "generations.log";
  /** Oldest first: by the build time in the id ({@code <prefix>g<millis>}), then by the counter after it. */
  static final Comparator<String> OLDEST_FIRST = Comparator
      .comparingLong((String id) -> number(id.replaceFirst("^.*?g(\\d+)(-\\d+)?$", "$1")))
      .thenComparingLong(id -> id.matches(".*-\\d+$") ? number(id.substring(id.lastIndexOf('-') + 1)) : 0)
      .thenComparing(Comparator.naturalOrder());

  private final Path dir;
  private final GenerationStore store;

  /** The generations {@code store} keeps for the data folder {@code dir}, which holds the lock and the log. */
  public Generations(Path dir, GenerationStore store) {
    this.dir = dir;
    this.store = store;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new GazetteException("cannot create the data folder " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds a new generation with {@code build}, commits it, seals it with the record that {@code
   * builtBy} built it (from something with {@code fingerprint}, or {@code null}) and makes it live.
   * Throws {@link GazetteException} if another reindex holds the folder, if the build fails its
   * check, or if the live generation took writes meanwhile (they would be lost); then, as when
   * {@code build} throws, the new generation is deleted and the live one is untouched.
   */
  public IngestReport reindex(String builtBy, String fingerprint, Function<Gazette, IngestReport> build) {
    return locked("reindex failed in " + store.name(), () -> {
      OptionalLong before = store.liveVersion();
      String id = store.create(BuildRecord.now(builtBy, fingerprint));
      IngestReport report;
      try (Gazette gazette = store.open(id)) {
        report = build.apply(gazette);
        gazette.commit();
      } catch (RuntimeException e) {
        store.drop(id);
        throw e;
      }
      if (!before.equals(store.liveVersion())) {
        store.drop(id);
        throw new GazetteException("the live index took writes while this reindex ran, and they would be lost; "
            + "the new index was discarded. Run the reindex again once writes have stopped");
      }
      install(id, BuildRecord.now(builtBy, fingerprint));
      return report;
    });
  }

  /**
   * Copies the index in {@code source} (a backup) into a new generation of {@code folders} and makes
   * it live as a reindex would, so a restore that fails leaves the live generation untouched.
   */
  public void restore(Path source, GenerationStore.IndexFolders folders) {
    locked("restore failed in " + store.name(), () -> {
      BuildRecord record = BuildRecord.now("gazette restore " + source, null);
      String id = store.create(record);
      try {
        IndexFiles.copyLatestCommit(source, folders.path(id));
      } catch (IOException e) {
        store.drop(id);
        throw new GazetteException("there is no readable index to restore at " + source + ": " + e.getMessage(), e);
      }
      install(id, record);
      return null;
    });
  }

  /** The generations, oldest first, with their article counts and what built them. */
  public List<Generation> list() {
    try {
      String live = store.live();
      List<Generation> listed = new ArrayList<>();
      store.list().entrySet().stream().sorted(Map.Entry.comparingByKey(OLDEST_FIRST))
          .forEach(e -> listed.add(generation(e.getKey(), e.getKey().equals(live), e.getValue())));
      return listed;
    } catch (IOException e) {
      throw new GazetteException("cannot list the generations in " + store.name() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Makes the kept generation {@code id} live again once it passes the store's check, logging
   * {@code why}; deletes nothing. Returns the generation now live.
   */
  public Generation use(String id, String why) {
    locked("cannot switch to generation " + id + " in " + store.name(), () -> {
      if (!store.list().containsKey(id)) {
        throw new GazetteException("there is no generation " + id + " in " + store.name()
            + "; gazette generations lists them");
      }
      String problems = store.problems(id).orElse(null);
      if (problems != null) {
        throw new GazetteException("generation " + id + " failed its check; the live index is unchanged\n" + problems);
      }
      switchTo(id, why);
      return null;
    });
    return list().stream().filter(Generation::live).findFirst()
        .orElseThrow(() -> new GazetteException("generation " + id + " is not live after the switch"));
  }

  /** Seals the build {@code id} with {@code record}, checks it and makes it live, or deletes it and says why; then prunes. */
  private void install(String id, BuildRecord record) throws IOException {
    store.seal(id, record);
    String problems = store.problems(id).orElse(null);
    if (problems != null) {
      store.drop(id);
      throw new GazetteException("the new index failed its check and was discarded; the live index is unchanged\n"
          + problems);
    }
    String previous = switchTo(id, record.builtBy());
    Map<String, BuiltIndex.Summary> all = store.list();
    List<String> complete = all.entrySet().stream().filter(e -> e.getValue().record() != null)
        .map(Map.Entry::getKey).sorted(OLDEST_FIRST).toList();
    List<String> kept = keep(complete, id, previous);
    for (String old : all.keySet()) {
      if (!kept.contains(old)) {
        store.drop(old);
      }
    }
  }

  /** Makes {@code id} live and logs it; returns the generation it replaced, or {@code null}. */
  private String switchTo(String id, String why) throws IOException {
    String previous = store.live();
    store.point(id);
    String line = Instant.now() + " switched " + (previous == null ? "" : "from " + previous + " ") + "to " + id + ": "
        + why.replace('\n', ' ') + "\n";
    Files.writeString(dir.resolve(LOG), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    return previous;
  }

  /**
   * Of the complete generations {@code all} (oldest first), what a switch to {@code live} from
   * {@code previous} keeps: those two and the newest others, {@link #KEPT} in all. An unfinished
   * build, not among {@code all}, is never kept.
   */
  static List<String> keep(List<String> all, String live, String previous) {
    List<String> kept = new ArrayList<>(List.of(live));
    if (previous != null && !previous.equals(live)) {
      kept.add(previous);
    }
    for (int i = all.size() - 1; i >= 0 && kept.size() < KEPT; i--) {
      if (!kept.contains(all.get(i))) {
        kept.add(all.get(i));
      }
    }
    return kept;
  }

  private static Generation generation(String id, boolean live, BuiltIndex.Summary summary) {
    BuildRecord record = summary.record();
    return record == null ? new Generation(id, live, summary.documents(), null, null, null, null)
        : new Generation(id, live, summary.documents(), record.builtAt(), record.builtBy(), record.fingerprint(),
            record.writtenSince());
  }

  /** A step on the store that may fail with an I/O error. */
  @FunctionalInterface
  private interface Step<T> {
    T run() throws IOException;
  }

  /** Runs {@code step} holding the folder's lock; an I/O error becomes a {@link GazetteException} starting {@code failure}. */
  private <T> T locked(String failure, Step<T> step) {
    try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      return step.run();
    } catch (IOException e) {
      throw new GazetteException(failure + ": " + e.getMessage(), e);
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

  private static long number(String digits) {
    return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : Long.MAX_VALUE;
  }
}

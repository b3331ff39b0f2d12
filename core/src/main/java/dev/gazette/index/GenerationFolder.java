package dev.gazette.index;

import dev.gazette.GazetteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a data folder's generations: {@code generations/<id>/} holds one complete index each,
 * {@code CURRENT} names the live one and is replaced atomically, and {@code generations.log} gets a
 * line for every switch (when, from, to, why). After a switch the live generation, the one it
 * replaced and the newest others up to {@link #KEPT} generations are kept; older ones are deleted.
 */
public final class GenerationFolder {
  /** How many generations a switch keeps: the live one and up to two before it. */
  public static final int KEPT = 3;
  private static final String CURRENT = "CURRENT";
  private static final String GENERATIONS = "generations";
  private static final String LOG = "generations.log";
  /** Oldest first: {@code g0}, then by the build time in the name, then by the counter after it. */
  public static final Comparator<String> OLDEST_FIRST = Comparator
      .comparingLong((String id) -> number(id.replaceFirst("^.*?g(\\d+)(-\\d+)?$", "$1")))
      .thenComparingLong(id -> id.matches(".*-\\d+$") ? number(id.substring(id.lastIndexOf('-') + 1)) : 0)
      .thenComparing(Comparator.naturalOrder());

  private final Path dir;

  /** The generations of the data folder {@code dir}, creating {@code generations/} if needed. */
  public GenerationFolder(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir.resolve(GENERATIONS));
  }

  /** The folder of generation {@code id}. */
  public Path path(String id) {
    return dir.resolve(GENERATIONS).resolve(id);
  }

  /** Whether generation {@code id} exists. */
  public boolean exists(String id) {
    return id != null && !id.contains("/") && !id.contains("\\") && !id.startsWith(".") && Files.isDirectory(path(id));
  }

  /** The id of a new generation, named after the time. */
  public String newId() {
    String base = "g" + System.currentTimeMillis();
    String id = base;
    for (int n = 1; Files.exists(path(id)); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** Every generation, oldest first. */
  public List<String> list() {
    try (Stream<Path> entries = Files.list(dir.resolve(GENERATIONS))) {
      return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted(OLDEST_FIRST).toList();
    } catch (IOException e) {
      throw new GazetteException("cannot list the generations in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Every generation, oldest first, with its article count and build record (-1 articles when unreadable). */
  public Map<String, BuiltIndex.Summary> summaries() {
    Map<String, BuiltIndex.Summary> summaries = new LinkedHashMap<>();
    for (String id : list()) {
      try {
        summaries.put(id, BuiltIndex.read(path(id)));
      } catch (IOException e) {
        summaries.put(id, new BuiltIndex.Summary(-1, null));
      }
    }
    return summaries;
  }

  /** Checks the kept generation {@code id} and makes it live, logging {@code why}; deletes nothing. */
  public void use(String id, String why) throws IOException {
    if (!exists(id)) {
      throw new GazetteException("there is no generation " + id + " in " + dir + "; gazette generations lists them");
    }
    IndexChecker.Result check = IndexChecker.check(path(id));
    if (!check.clean()) {
      throw new GazetteException("generation " + id + " failed its check; the live index is unchanged\n"
          + check.report());
    }
    switchTo(id, why);
  }

  /** The live generation's id, or {@code null} when there is none yet. */
  public String current() {
    try {
      String id = Files.readString(dir.resolve(CURRENT), StandardCharsets.UTF_8).strip();
      return id.isEmpty() ? null : id;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new GazetteException("cannot read " + dir.resolve(CURRENT) + ": " + e.getMessage(), e);
    }
  }

  /** When {@code CURRENT} was last written, or {@code null}. */
  public Instant switchedAt() {
    try {
      return Files.getLastModifiedTime(dir.resolve(CURRENT)).toInstant();
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new GazetteException("cannot read " + dir.resolve(CURRENT) + ": " + e.getMessage(), e);
    }
  }

  /** Makes {@code id} live (an atomic rename of {@code CURRENT}) and logs the switch with {@code why}. */
  public void switchTo(String id, String why) throws IOException {
    String previous = current();
    Path temp = dir.resolve(CURRENT + ".tmp");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(StandardCharsets.UTF_8.encode(id + "\n"));
      channel.force(true);
    }
    try {
      Files.move(temp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new GazetteException("the file system of " + dir + " cannot replace files atomically", e);
    }
    syncDirectory(dir);
    log(previous, id, why);
  }

  /** Appends a switch to {@code generations.log}: when, from ({@code null} when unknown), to, why. */
  public void log(String from, String to, String why) throws IOException {
    String line = Instant.now() + " switched " + (from == null ? "" : "from " + from + " ") + "to " + to + ": "
        + why.replace('\n', ' ') + "\n";
    Files.writeString(dir.resolve(LOG), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /**
   * Deletes the generations beyond what a switch keeps (see {@link #keep}), counting only complete
   * builds (those with a {@link BuildRecord}): an unfinished build, left by a killed reindex, goes.
   */
  public void prune(String live, String previous) {
    List<String> all = list();
    List<String> complete = all.stream().filter(this::complete).toList();
    List<String> kept = keep(complete, live, previous);
    all.stream().filter(id -> !kept.contains(id)).forEach(id -> delete(path(id)));
  }

  private boolean complete(String id) {
    try {
      return BuiltIndex.read(path(id)).record() != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Of {@code all} (oldest first), what a switch to {@code live} from {@code previous} keeps. */
  public static List<String> keep(List<String> all, String live, String previous) {
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

  /** Deletes {@code path} and everything under it, leaving what cannot be deleted for the next prune. */
  public static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Left for the next prune.
    }
  }

  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms cannot sync a directory; the rename itself is still atomic.
    }
  }

  private static long number(String digits) {
    return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : Long.MAX_VALUE;
  }
}

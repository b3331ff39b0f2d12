package dev.gazette.store;

import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.index.BuildRecord;
import dev.gazette.index.BuiltIndex;
import dev.gazette.index.IndexChecker;
import dev.gazette.index.IndexFiles;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Generations as Lucene indexes in a data folder: {@code generations/<id>/} holds one complete index
 * each, and {@code CURRENT} names the live one and is replaced atomically (write a temporary file,
 * fsync, rename, fsync the folder). A build records what built it in a commit of its own once it is
 * complete, and CheckIndex must pass before it goes live.
 */
public final class FolderStore implements GenerationStore, GenerationStore.IndexFolders {
  private static final String CURRENT = "CURRENT";
  private static final String GENERATIONS = "generations";

  private final Path dir;
  private final GazetteConfig config;

  /** The generations of the data folder {@code dir}, creating {@code generations/} if needed. */
  public FolderStore(Path dir, GazetteConfig config) {
    this.dir = dir;
    this.config = config;
    try {
      Files.createDirectories(dir.resolve(GENERATIONS));
    } catch (IOException e) {
      throw new GazetteException("cannot create the data folder " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return dir.toString();
  }

  @Override
  public Path path(String id) {
    return dir.resolve(GENERATIONS).resolve(id);
  }

  private boolean exists(String id) {
    return id != null && !id.contains("/") && !id.contains("\\") && !id.startsWith(".") && Files.isDirectory(path(id));
  }

  @Override
  public String live() {
    try {
      String id = Files.readString(dir.resolve(CURRENT), StandardCharsets.UTF_8).strip();
      return id.isEmpty() ? null : id;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new GazetteException("cannot read " + dir.resolve(CURRENT) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String serving() {
    String live = live();
    return exists(live) ? live : null;
  }

  @Override
  public Map<String, BuiltIndex.Summary> list() throws IOException {
    Map<String, BuiltIndex.Summary> summaries = new HashMap<>();
    try (Stream<Path> entries = Files.list(dir.resolve(GENERATIONS))) {
      entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(id -> {
        try {
          summaries.put(id, BuiltIndex.read(path(id)));
        } catch (IOException e) {
          summaries.put(id, new BuiltIndex.Summary(-1, null));
        }
      });
    }
    return summaries;
  }

  /** A new folder named after the time, with a counter when that name is taken. */
  @Override
  public String create(BuildRecord record) throws IOException {
    String base = "g" + System.currentTimeMillis();
    String id = base;
    for (int n = 1; Files.exists(path(id)); n++) {
      id = base + "-" + n;
    }
    Files.createDirectories(path(id));
    return id;
  }

  /**
   * Opens generation {@code name} for writing; an article with the same text as in the live
   * generation (or, for the live one, the newest other) takes its vector from there instead of
   * being embedded again.
   */
  @Override
  public Gazette open(String name) {
    Optional<String> donor = donor(name);
    return Gazette.open(path(name), donor.isEmpty() ? config
        : config.withSemantic(s -> s.reuseFrom(path(donor.get()))));
  }

  private Optional<String> donor(String name) {
    if (!config.semantic().enabled()) {
      return Optional.empty();
    }
    try {
      String live = serving();
      if (live != null && !live.equals(name)) {
        return Optional.of(live);
      }
      return list().keySet().stream().filter(other -> !other.equals(name)).max(Comparator.naturalOrder());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public Gazette openReadOnly(String name) {
    return Gazette.openReadOnly(path(name), config);
  }

  @Override
  public void seal(String id, BuildRecord record) throws IOException {
    BuiltIndex.stamp(path(id), record);
  }

  /** CheckIndex's report when it finds a problem. */
  @Override
  public Optional<String> problems(String id) throws IOException {
    IndexChecker.Result check = IndexChecker.check(path(id));
    return check.clean() ? Optional.empty() : Optional.of(check.report());
  }

  @Override
  public void point(String id) throws IOException {
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
  }

  /** Deletes the folder and everything under it, leaving what cannot be deleted for the next prune. */
  @Override
  public void drop(String id) {
    Path path = path(id);
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

  /** The count of writes to the live index at its last commit: a write of an article, from any process, changes it. */
  @Override
  public OptionalLong liveVersion() throws IOException {
    String live = serving();
    return OptionalLong.of(live == null ? -1 : IndexFiles.writeCount(path(live)));
  }

  /** When {@code CURRENT} was last written. */
  @Override
  public Instant switchedAt() {
    try {
      return Files.getLastModifiedTime(dir.resolve(CURRENT)).toInstant();
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new GazetteException("cannot read " + dir.resolve(CURRENT) + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<IndexFolders> folders() {
    return Optional.of(this);
  }

  /** Holds nothing open. */
  @Override
  public void close() {}

  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms cannot sync a directory; the rename itself is still atomic.
    }
  }
}

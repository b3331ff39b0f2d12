package dev.gazette.parse;

import dev.gazette.Article;
import dev.gazette.FieldMapping;
import dev.gazette.GazetteException;
import dev.gazette.IngestReport;
import dev.gazette.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a file, or a folder recursively in name order, handing every article to a sink and
 * recording every input that could not be read.
 *
 * <p>In a folder, hidden files and folders (names starting with {@code .}) are skipped; files of an
 * unsupported type are rejected, so that nothing is silently left out. A folder reached twice
 * through symbolic links is read once.
 */
public final class SourceWalker {
  private final Path root;
  private final SourceFormat format;
  private final FieldMapping mapping;
  private final Tally tally;
  private final Set<Path> visited = new HashSet<>();

  private SourceWalker(Path root, SourceFormat format, FieldMapping mapping, Tally tally) {
    this.root = root;
    this.format = format;
    this.mapping = mapping;
    this.tally = tally;
  }

  /**
   * Reads every article under {@code path} in {@code format} into {@code sink}.
   *
   * @return how many articles were accepted and which inputs were rejected
   * @throws GazetteException when {@code path} does not exist
   */
  public static IngestReport read(
      Path path, SourceFormat format, FieldMapping mapping, Consumer<Article> sink) {
    if (!Files.exists(path)) {
      throw new GazetteException("no such file or folder: " + path);
    }
    Tally tally = new Tally(sink);
    SourceWalker walker = new SourceWalker(path, format, mapping, tally);
    if (Files.isDirectory(path)) {
      walker.walk(path);
    } else {
      walker.readFile(path, path.getFileName().toString());
    }
    return tally.report();
  }

  /**
   * A cheap count of the articles under {@code path} in {@code format}, for a progress display: the
   * files {@link #read} would read, each counted by its reader without parsing it; empty when a file
   * can only be counted by reading it (a JSON array) or cannot be read.
   */
  public static OptionalLong estimate(Path path, SourceFormat format, FieldMapping mapping) {
    long total = 0;
    try (Stream<Path> files = Files.walk(path)) {
      for (Path file : (Iterable<Path>) files.filter(file -> visible(path, file) && Files.isRegularFile(file))::iterator) {
        Optional<SourceReader> reader = Formats.readerFor(file.getFileName().toString(), format, mapping);
        OptionalLong count = reader.isEmpty() ? OptionalLong.of(0) : reader.get().estimate(file);
        if (count.isEmpty()) {
          return count;
        }
        total += count.getAsLong();
      }
    } catch (IOException | UncheckedIOException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(total);
  }

  /** Whether {@code file} is read under {@code root}: no name on the way down starts with a dot. */
  private static boolean visible(Path root, Path file) {
    for (Path name : root.relativize(file)) {
      if (name.toString().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private void walk(Path dir) {
    List<Path> entries;
    try {
      if (!visited.add(dir.toRealPath())) {
        return;
      }
      try (Stream<Path> list = Files.list(dir)) {
        entries =
            list.sorted(Comparator.comparing(entry -> entry.getFileName().toString())).toList();
      }
    } catch (IOException | UncheckedIOException e) {
      tally.reject(new SourceFile(dir, relative(dir)), 0, "cannot list folder: " + describe(e));
      return;
    }
    for (Path entry : entries) {
      if (entry.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry)) {
        walk(entry);
      } else {
        readFile(entry, relative(entry));
      }
    }
  }

  private void readFile(Path path, String name) {
    SourceFile file = new SourceFile(path, name);
    if (!Files.isRegularFile(path)) {
      tally.reject(file, 0, "not a regular file (a broken link, device or pipe?)");
      return;
    }
    Optional<SourceReader> reader = Formats.readerFor(name, format, mapping);
    if (reader.isEmpty()) {
      tally.reject(file, 0, "unsupported file type; Gazette reads " + Formats.SUPPORTED);
      return;
    }
    try {
      reader.get().read(file, tally);
    } catch (BadInputException e) {
      tally.reject(file, e.line(), e.getMessage());
    } catch (IOException e) {
      tally.reject(file, 0, "cannot read: " + Inputs.describe(e));
    }
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
  }

  private static String describe(Exception e) {
    return Inputs.describe(
        e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e);
  }
}

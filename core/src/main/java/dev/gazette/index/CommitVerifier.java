package dev.gazette.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Checks the files of an index's last commit before it is opened for writing, so that a damaged
 * file stops the open with {@link CorruptIndexException} instead of being served.
 *
 * <p>Every file gets its footer and length checked (cheap: the last bytes only), which catches a
 * truncated or overwritten end. Small files are read whole and checksummed every time. A large file
 * is read whole only when it has not been seen unchanged before: after its checksum passes, its
 * length, modification time and stored checksum are noted in {@value #RECORD} beside the index, and
 * later opens skip re-reading a large file whose three still match. Reading every byte of a
 * 1,000,000-article index took seconds at every start; a file rewritten or damaged by a tool changes
 * its modification time and is read again, and {@code gazette check} still reads everything.
 */
final class CommitVerifier {
  /** The file, in the index folder, noting the large files already verified; not a Lucene file name. */
  static final String RECORD = "gazette-verified";
  /** Files up to this size are always checksummed whole. */
  private static final long SMALL_BYTES = 1L << 20;

  private CommitVerifier() {}

  /** What identifies the content of a verified file. */
  private record Seen(long length, long modifiedNanos, long checksum) {
    String line(String file) {
      return file + " " + length + " " + modifiedNanos + " " + checksum;
    }
  }

  /**
   * Checks the last commit of {@code directory}, whose files live in {@code folder}; throws {@link
   * CorruptIndexException} on the first damaged file.
   */
  static void verify(Directory directory, Path folder) throws IOException {
    Map<String, Seen> before = read(folder.resolve(RECORD));
    Map<String, Seen> after = new TreeMap<>();
    for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
      try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
        long stored = CodecUtil.retrieveChecksum(input);
        if (input.length() <= SMALL_BYTES) {
          CodecUtil.checksumEntireFile(input);
          continue;
        }
        Seen seen = new Seen(input.length(), modifiedNanos(folder.resolve(file)), stored);
        if (!seen.equals(before.get(file))) {
          CodecUtil.checksumEntireFile(input);
        }
        after.put(file, seen);
      }
    }
    if (after.isEmpty()) {
      deleteQuietly(folder.resolve(RECORD));
    } else if (!after.equals(before)) {
      write(folder.resolve(RECORD), after);
    }
  }

  private static long modifiedNanos(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }

  /** The record in {@code file}; empty when it is missing or unreadable, which only costs a full read. */
  private static Map<String, Seen> read(Path file) {
    Map<String, Seen> seen = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split(" ");
        seen.put(parts[0], new Seen(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])));
      }
      return seen;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /** Replaces the record atomically; a record that cannot be written only costs the next open a full read. */
  private static void write(Path file, Map<String, Seen> seen) {
    StringBuilder text = new StringBuilder();
    seen.forEach((name, s) -> text.append(s.line(name)).append('\n'));
    Path temp = file.resolveSibling(RECORD + ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(temp);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Nothing depends on it.
    }
  }
}

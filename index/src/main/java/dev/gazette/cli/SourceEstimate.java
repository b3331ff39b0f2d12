package dev.gazette.cli;

import dev.gazette.SourceFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A cheap estimate of how many articles some sources hold, for the progress bar's percentage and
 * ETA: one per seed or text file, one per non-blank line of JSON Lines, and unknown as soon as a
 * JSON array is among them (counting those would mean parsing them twice).
 */
final class SourceEstimate {
  private SourceEstimate() {}

  /** The estimated article count of {@code sources} read as {@code format}, or empty when unknown. */
  static OptionalLong of(List<Path> sources, SourceFormat format) {
    long total = 0;
    for (Path source : sources) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : (Iterable<Path>) files.filter(SourceEstimate::isVisibleFile)::iterator) {
          OptionalLong count = articlesIn(file, format);
          if (count.isEmpty()) {
            return count;
          }
          total += count.getAsLong();
        }
      } catch (IOException | UncheckedIOException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(total);
  }

  private static boolean isVisibleFile(Path path) {
    return Files.isRegularFile(path) && !path.getFileName().toString().startsWith(".");
  }

  private static OptionalLong articlesIn(Path file, SourceFormat format) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    SourceFormat actual = format != SourceFormat.AUTO ? format : byExtension(gzip ? name.substring(0, name.length() - 3) : name);
    return switch (actual) {
      case JSON_LINES -> OptionalLong.of(nonBlankLines(file, gzip));
      case JSON_ARRAY -> OptionalLong.empty();
      default -> OptionalLong.of(1);
    };
  }

  private static SourceFormat byExtension(String name) {
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return SourceFormat.JSON_LINES;
    }
    return name.endsWith(".json") ? SourceFormat.JSON_ARRAY : SourceFormat.SEED;
  }

  private static long nonBlankLines(Path file, boolean gzip) throws IOException {
    InputStream in = Files.newInputStream(file);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        gzip ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8), 1 << 16)) {
      return reader.lines().filter(line -> !line.isBlank()).count();
    }
  }
}

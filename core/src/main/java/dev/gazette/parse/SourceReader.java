package dev.gazette.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads the articles of one file in one format. */
interface SourceReader {

  /**
   * Hands every article of {@code file} to {@code tally} and reports each bad record there.
   *
   * @throws BadInputException when the rest of the file cannot be read (at the line it stopped)
   * @throws IOException when the file cannot be read at all
   */
  void read(SourceFile file, Tally tally) throws IOException;

  /**
   * A cheap count of the articles in {@code file}, for a progress display, or empty when only
   * reading it would tell: one article per file unless the format says otherwise.
   */
  default OptionalLong estimate(Path file) throws IOException {
    return OptionalLong.of(1);
  }
}

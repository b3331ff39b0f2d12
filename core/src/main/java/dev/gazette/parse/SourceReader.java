package dev.gazette.parse;

import java.io.IOException;

/** Reads the articles of one file in one format. */
interface SourceReader {

  /**
   * Hands every article of {@code file} to {@code tally} and reports each bad record there.
   *
   * @throws BadInputException when the rest of the file cannot be read (at the line it stopped)
   * @throws IOException when the file cannot be read at all
   */
  void read(SourceFile file, Tally tally) throws IOException;
}

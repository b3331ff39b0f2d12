package dev.gazette;

import java.util.List;

/**
 * What a batch load did: how many articles were accepted, how many inputs were rejected and why.
 *
 * @param accepted articles read and handed on (indexed, when the report comes from {@link Gazette})
 * @param rejected inputs that could not be read; may exceed {@code rejections.size()}
 * @param rejections the first {@link #MAX_LISTED} rejections, in the order they happened
 */
public record IngestReport(long accepted, long rejected, List<Rejection> rejections) {

  /** How many rejections a report lists; the rest are only counted. */
  public static final int MAX_LISTED = 1000;

  /** Copies the list. */
  public IngestReport {
    rejections = List.copyOf(rejections);
  }

  /** True when every input was accepted. */
  public boolean clean() {
    return rejected == 0;
  }

  /**
   * An input that could not be turned into an article, with where it was and why.
   *
   * @param source the file (or other source name) the input came from
   * @param line the 1-based line of the input, or 0 when the whole file was rejected
   * @param reason what was wrong, in words a user can act on
   */
  public record Rejection(String source, long line, String reason) {

    @Override
    public String toString() {
      return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
    }
  }
}

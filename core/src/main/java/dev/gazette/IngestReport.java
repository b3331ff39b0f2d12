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
}

package dev.gazette.parse;

/**
 * Input that cannot become an article, with a reason a user can act on and, when known, the line it
 * is on. Readers turn it into a {@link dev.gazette.IngestReport.Rejection}; it never reaches a user as a stack
 * trace.
 */
public final class BadInputException extends RuntimeException {
  private final long line;

  /** Bad input at no particular line (or a line the caller knows). */
  public BadInputException(String reason) {
    this(0, reason);
  }

  /**
   * @param line the 1-based line of the problem, or 0 when unknown
   * @param reason what is wrong, in words a user can act on
   */
  public BadInputException(long line, String reason) {
    super(reason, null, false, false);
    this.line = line;
  }

  /** The 1-based line of the problem, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** This problem placed at {@code value} (a 1-based line), keeping the reason. */
  public BadInputException atLine(long value) {
    return new BadInputException(value, getMessage());
  }
}

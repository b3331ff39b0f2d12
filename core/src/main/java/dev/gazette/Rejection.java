package dev.gazette;

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

package dev.gazette;

/**
 * A failure Gazette explains in words a user can act on: an index that cannot be opened, a
 * damaged file, a write that could not be made durable.
 */
public class GazetteException extends RuntimeException {

  /** A failure with a message for the user. */
  public GazetteException(String message) {
    super(message);
  }

  /** A failure with a message for the user and the underlying cause for the logs. */
  public GazetteException(String message, Throwable cause) {
    super(message, cause);
  }
}

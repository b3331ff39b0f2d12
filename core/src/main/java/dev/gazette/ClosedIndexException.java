package dev.gazette;

/**
 * Thrown by a {@link Gazette} used after {@link Gazette#close()}. An application that swaps one
 * engine for another while others use it (as a data folder does after a reindex) retries the call
 * on the new engine when it catches this.
 */
public final class ClosedIndexException extends GazetteException {
  ClosedIndexException(String location) {
    super("the index at " + location + " is closed");
  }
}

package dev.gazette;

/** Thrown by a {@link Gazette} used after {@link Gazette#close()}. */
final class ClosedIndexException extends GazetteException {
  ClosedIndexException(String location) {
    super("the index at " + location + " is closed");
  }
}

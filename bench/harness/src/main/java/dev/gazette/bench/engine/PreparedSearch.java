package dev.gazette.bench.engine;

/** One search with everything built off the clock, ready to time. */
@FunctionalInterface
public interface PreparedSearch {
  /** Runs the search; returns what came back, turned into an {@link Answer} later, off the clock. */
  Object run() throws Exception;

  /** What {@link #run()} returned, as an answer to compare engines by. */
  default Answer answer(Object returned) {
    return (Answer) returned;
  }
}

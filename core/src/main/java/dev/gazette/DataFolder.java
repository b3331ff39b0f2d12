package dev.gazette;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A data folder holding the live index and the indexes being built to replace it, shared by the
 * server and the command-line tool.
 *
 * <p>Layout: {@code generations/<name>/} holds one complete index each; the file {@code CURRENT}
 * names the live one and is replaced atomically. A {@linkplain #reindex reindex} builds a new
 * generation beside the live one, checks it, and only then switches {@code CURRENT}, so a reindex
 * that fails or is killed leaves the previous index serving and intact. A process holding this
 * folder open notices the switch and moves to the new index without failing a request.
 */
public final class DataFolder implements Closeable {

  /** Opens (creating if needed) the data folder {@code dir}. */
  public static DataFolder open(Path dir, GazetteConfig config) {
    throw new UnsupportedOperationException("TODO");
  }

  /** The folder. */
  public Path dir() {
    throw new UnsupportedOperationException("TODO");
  }

  /** True when a live index exists. */
  public boolean hasIndex() {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Runs {@code action} on the live engine (opening it, or an empty one, on first use; moving to a
   * newer generation first if a reindex switched {@code CURRENT}). Safe from many threads.
   */
  public <T> T withLive(Function<Gazette, T> action) {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Builds a new generation with {@code build}, commits and checks it, then makes it live.
   * Throws {@link GazetteException} if another reindex holds the folder.
   */
  public IngestReport reindex(Function<Gazette, IngestReport> build) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Runs Lucene's CheckIndex on the live index; the report text and whether it is clean. */
  public CheckReport check() {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * The outcome of {@link #check()}.
   *
   * @param clean true when CheckIndex found no problem
   * @param report CheckIndex's own report
   */
  public record CheckReport(boolean clean, String report) {}

  /** Commits and closes the live engine. */
  @Override
  public void close() {
    throw new UnsupportedOperationException("TODO");
  }
}

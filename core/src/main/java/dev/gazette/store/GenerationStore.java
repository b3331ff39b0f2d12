package dev.gazette.store;

import dev.gazette.Gazette;
import dev.gazette.index.BuildRecord;
import dev.gazette.index.BuiltIndex;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a data folder's generations are kept, and only the mechanics of keeping them: create one,
 * open an engine on it, record what built it, point the live name at it in one atomic step, list
 * and delete them. Which generation to build, check, keep or switch to, and what to log, is decided
 * once above this, in {@link Generations}.
 */
public interface GenerationStore extends Closeable {
  /** The storage in words, for messages: a folder's path, or the alias and its cluster. */
  String name();

  /** The id of the generation the live name points at, or {@code null} when there is none yet. */
  String live() throws IOException;

  /** Every generation, in no particular order, with its article count and build record (-1 articles when unreadable). */
  Map<String, BuiltIndex.Summary> list() throws IOException;

  /**
   * A new, empty generation for the build {@code record} describes; returns its id. A store that
   * others can see while it builds keeps {@code record} from now on, so the build counts as a
   * generation; a folder, locked while it builds, records it only in {@link #seal}.
   */
  String create(BuildRecord record) throws IOException;

  /** An engine over {@code name}: a generation's id, to build it, or {@link #serving()}'s answer, to serve. */
  Gazette open(String name);

  /** {@link #open}, reading the last commit only and taking no write lock. */
  Gazette openReadOnly(String name);

  /** Records {@code record} in the complete build {@code id} and makes it ready to be searched. */
  void seal(String id, BuildRecord record) throws IOException;

  /** What is wrong with generation {@code id}, or empty when it may go live. */
  Optional<String> problems(String id) throws IOException;

  /** Makes {@code id} the live generation in one atomic step. */
  void point(String id) throws IOException;

  /** Deletes generation {@code id}; what cannot be deleted now goes at a later prune. */
  void drop(String id) throws IOException;

  /**
   * The version of the live generation's last commit, to tell whether it took writes while a new
   * one was built; empty where writes are not tracked.
   */
  OptionalLong liveVersion() throws IOException;

  /** When the live generation was switched in, or {@code null} when unknown. */
  Instant switchedAt();

  /**
   * What the serving engine is opened on ({@link #open}): it changes exactly when a switch needs that
   * engine reopened, and is {@code null} while there is no live generation.
   */
  String serving();

  /** Lets go of what the store holds open. */
  @Override
  void close();

  /** The generations as Lucene index folders on this machine, for backups, restores and checks; empty where they are not. */
  Optional<IndexFolders> folders();

  /** The generations of a store kept as Lucene index folders on this machine. */
  @FunctionalInterface
  interface IndexFolders {
    /** The folder of generation {@code id}. */
    Path path(String id);
  }
}

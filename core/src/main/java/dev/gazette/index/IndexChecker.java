package dev.gazette.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;

/** Runs Lucene's CheckIndex on an index folder and keeps its report. */
public final class IndexChecker {

  /**
   * The outcome of a check.
   *
   * @param clean true when no problem was found
   * @param report CheckIndex's report
   */
  public record Result(boolean clean, String report) {}

  private IndexChecker() {}

  /**
   * Checks the index in {@code dir}. If another process holds its write lock (a running server),
   * the last commit is checked without the lock, which reads but never changes the index.
   */
  public static Result check(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      try (CheckIndex checker = new CheckIndex(directory)) {
        return run(checker, "");
      } catch (LockObtainFailedException e) {
        var lock = NoLockFactory.INSTANCE.obtainLock(directory, "write.lock");
        try (CheckIndex checker = new CheckIndex(directory, lock)) {
          return run(checker, "The index is in use by another process; checked its last commit without the lock.\n");
        }
      }
    }
  }

  private static Result run(CheckIndex checker, String note) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      checker.setInfoStream(out, false);
      CheckIndex.Status status = checker.checkIndex();
      out.flush();
      return new Result(status.clean, note + buffer.toString(StandardCharsets.UTF_8));
    }
  }
}

package dev.gazette.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/**
 * The files of a Lucene index in a folder, handled without opening it for writing: the version of its
 * last commit (to tell whether anyone wrote to it) and copies of a commit (backups and restores).
 */
public final class IndexFiles {
  /** The commit data key counting the writes of articles since the index was created. */
  static final String WRITES = "gazette.writes";

  private IndexFiles() {}

  /**
   * How many articles had been written or deleted in the index in {@code dir} at its last commit,
   * or -1 when there is no commit: it changes with every write of an article, never with vectors
   * added in the background. An index from before the count was kept gives its commit version.
   */
  public static long writeCount(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return -1;
      }
      SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
      String writes = commit.getUserData().get(WRITES);
      return writes == null ? commit.getVersion() : Long.parseLong(writes);
    }
  }

  /**
   * Copies the files of the last commit of the index in {@code source}, which no process may be
   * writing, into the new folder {@code target} and syncs them. Returns the bytes copied.
   */
  public static long copyLatestCommit(Path source, Path target) throws IOException {
    try (Directory from = FSDirectory.open(source)) {
      return copy(from, SegmentInfos.readLatestCommit(from).files(true), target);
    }
  }

  /** Copies {@code files} of {@code from} into the folder {@code target} and syncs them; returns the bytes copied. */
  static long copy(Directory from, Collection<String> files, Path target) throws IOException {
    try (Directory copy = FSDirectory.open(Files.createDirectories(target))) {
      long bytes = 0;
      for (String file : files) {
        copy.copyFrom(from, file, file, IOContext.DEFAULT);
        bytes += from.fileLength(file);
      }
      copy.sync(files);
      copy.syncMetaData();
      return bytes;
    }
  }
}

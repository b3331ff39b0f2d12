package dev.gazette.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The {@link BuildRecord} of a Lucene index in a folder that no process is writing: stamped into a
 * commit of its own once a build is complete, and read back with the article count for listings.
 */
public final class BuiltIndex {
  private BuiltIndex() {}

  /**
   * What the last commit of an index holds.
   *
   * @param documents live articles
   * @param record its build record, or {@code null} when it has none
   */
  public record Summary(long documents, BuildRecord record) {}

  /** Commits {@code record} as the build record of the index in {@code dir}, replacing any earlier one. */
  public static void stamp(Path dir, BuildRecord record) throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
      Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
      data.keySet().removeIf(key -> key.startsWith(BuildRecord.PREFIX));
      data.putAll(record.toCommitData());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  /** The article count and build record of the last commit of the index in {@code dir}. */
  public static Summary read(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new Summary(reader.numDocs(),
          BuildRecord.fromCommitData(reader.getIndexCommit().getUserData(), true));
    }
  }
}

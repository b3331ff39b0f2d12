package dev.gazette.bench.lucene;

import dev.gazette.index.IndexCodec;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Force-merges a closed index to one segment, keeping its commit data, so that every engine is
 * searched over the same single-segment layout. It merges with Gazette's codec, which writes the
 * merged segment's autocomplete phrases and quantized article vectors as Gazette's own writer does
 * (an index without those fields is merged exactly as with Lucene's default codec).
 */
public final class Merger {
  private Merger() {}

  /** Merges the index in {@code dir} to one segment. */
  public static void toOneSegment(Path dir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
        .setCodec(IndexCodec.codec());
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      writer.forceMerge(1);
      writer.commit();
    }
  }
}

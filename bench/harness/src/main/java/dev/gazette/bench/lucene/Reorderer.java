package dev.gazette.bench.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.misc.index.BPIndexReorderer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Copies a one-segment index with its documents renumbered by recursive graph bisection ({@link
 * BPIndexReorderer}, lucene-misc), which puts documents sharing terms next to each other so that
 * postings compress better and queries skip more: the lever the issue cites as 20–35% faster
 * queries in the search-benchmark-game.
 */
public final class Reorderer {
  private Reorderer() {}

  /** Writes to {@code target} the one-segment index in {@code source}, its documents reordered. */
  public static void reorder(Path source, Path target) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new RawSchema().analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (Directory from = FSDirectory.open(source);
        DirectoryReader reader = DirectoryReader.open(from);
        Directory to = FSDirectory.open(target);
        IndexWriter writer = new IndexWriter(to, config)) {
      if (reader.leaves().size() != 1) {
        throw new IllegalArgumentException("merge " + source + " to one segment first");
      }
      CodecReader segment = SlowCodecReaderWrapper.wrap(reader.leaves().get(0).reader());
      writer.addIndexes(new BPIndexReorderer().reorder(segment, to, null));
      writer.forceMerge(1);
      writer.commit();
    }
  }
}

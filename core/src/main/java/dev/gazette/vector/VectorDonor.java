package dev.gazette.vector;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Another index whose vectors are taken for articles whose text and model are unchanged (an
 * earlier generation of the same data folder), read from its last commit without its write lock,
 * opened when first needed. An index that cannot be read (gone, not an index) gives nothing.
 */
final class VectorDonor implements Closeable {
  private final Path folder;
  private DirectoryReader reader;
  private boolean unreadable;

  VectorDonor(Path folder) {
    this.folder = folder;
  }

  /** The vector the donor holds for article {@code id} computed from text with {@code hash}. */
  synchronized Optional<float[]> vector(String id, BytesRef hash) {
    IndexSearcher searcher = searcher();
    if (searcher == null) {
      return Optional.empty();
    }
    try {
      return StoredVectors.of(searcher, id, () -> hash);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private IndexSearcher searcher() {
    if (reader == null && !unreadable) {
      try {
        FSDirectory directory = FSDirectory.open(folder);
        if (Files.isDirectory(folder) && DirectoryReader.indexExists(directory)) {
          reader = DirectoryReader.open(directory);
        } else {
          directory.close();
          unreadable = true;
        }
      } catch (IOException e) {
        unreadable = true;
      }
    }
    return reader == null ? null : new IndexSearcher(reader);
  }

  @Override
  public synchronized void close() throws IOException {
    if (reader != null) {
      reader.close();
      reader.directory().close();
    }
  }
}

package dev.gazette.vector;

import dev.gazette.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

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

  /** What the donor holds for {@code article} embedded by {@code model} from the same text. */
  synchronized Optional<StoredVectors.Kept> kept(String model, Article article) {
    IndexSearcher searcher = searcher();
    if (searcher == null) {
      return Optional.empty();
    }
    try {
      return StoredVectors.kept(searcher, model, article);
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

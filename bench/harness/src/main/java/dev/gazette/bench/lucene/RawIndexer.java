package dev.gazette.bench.lucene;

import dev.gazette.Article;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.measure.Parallel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The indexing baseline: a plain loop of {@link IndexWriter#updateDocument} (upsert by id, as
 * Gazette does) with Lucene's default writer settings, then one commit.
 */
public final class RawIndexer {
  private final RawSchema schema = new RawSchema();
  private final RawDocuments documents = new RawDocuments(schema);

  /** Where the countries, people and organizations of each article come from. */
  public sealed interface Source {
    /** The mentions of article {@code i}. */
    Mentions of(int i, Article article);
  }

  /** Found in the loop by Gazette's own gazetteer and entity extractor, so both sides do the same work. */
  public record Extracted() implements Source {
    @Override
    public Mentions of(int i, Article article) {
      return Mentions.find(article);
    }
  }

  /** Found before the clock starts: the cost of a plain Lucene index of the same fields. */
  public record Given(List<Mentions> mentions) implements Source {
    @Override
    public Mentions of(int i, Article article) {
      return mentions.get(i);
    }
  }

  /**
   * Indexes {@code corpus} into a new index in {@code dir} on {@code threads} threads; returns the
   * nanoseconds from the first document to the end of the commit. With {@code merge}, the index is
   * then (off the clock) force-merged to one segment.
   */
  public long index(Corpus corpus, Path dir, int threads, Source mentions, boolean merge) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(schema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setSimilarity(RawSchema.similarity());
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      long started = System.nanoTime();
      Parallel.forEach(threads, corpus.size(), i -> {
        Article article = corpus.article(i);
        writer.updateDocument(new Term("id", article.id()), documents.of(article, mentions.of(i, article)));
      });
      writer.commit();
      long elapsed = System.nanoTime() - started;
      if (merge) {
        writer.forceMerge(1);
        writer.commit();
      }
      return elapsed;
    }
  }
}

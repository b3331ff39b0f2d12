package dev.gazette.vector;

import dev.gazette.Article;
import dev.gazette.Embedder;
import dev.gazette.index.ArticleDocuments;
import dev.gazette.index.IndexStore;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Gives every article of a writable index its vector, after the article is searchable by its
 * words: a background thread takes the articles still without one, a few at a time, once no write
 * is running and writes have paused for {@value #QUIET_MS} ms (so a bulk load runs at full speed), embeds them and
 * rewrites each with its vector, unless a writer replaced or deleted it meanwhile. Once every
 * article has its vector, it gives the articles their {@link Passages passages}' vectors the same
 * way. The work left is read from the index itself, so a restart resumes where the last commit stood.
 */
public final class EmbeddingWorker implements Closeable {
  private static final System.Logger LOG = System.getLogger(EmbeddingWorker.class.getName());
  /** Articles embedded in one model call: small, so a query waits little for the model. */
  static final int BATCH = 8;
  static final long QUIET_MS = 500;
  private static final long COMMIT_EVERY_MS = 10_000;
  private static final Query MISSING = new BooleanQuery.Builder()
      .add(new MatchAllDocsQuery(), Occur.FILTER)
      .add(new FieldExistsQuery(VectorFields.VECTOR), Occur.MUST_NOT)
      .build();
  private static final Query WITHOUT_PASSAGES = new BooleanQuery.Builder()
      .add(new FieldExistsQuery(VectorFields.VECTOR), Occur.FILTER)
      .add(new FieldExistsQuery(PassageField.FIELD), Occur.MUST_NOT)
      .build();

  private final IndexStore store;
  private final Embedder embedder;
  private final Function<Article, Document> documents;
  /** The index whose vectors unchanged articles take, or {@code null}. */
  private final VectorDonor donor;
  private final PassageEmbedder passages;
  /** Writers hold it shared; a batch holds it alone while it checks and rewrites its articles. */
  private final ReentrantReadWriteLock guard = new ReentrantReadWriteLock();
  /** Ids written since the running batch read its articles: their vectors are stale. */
  private final Set<String> rewritten = ConcurrentHashMap.newKeySet();
  /** One batch at a time, in the background or for {@link #embedAll}. */
  private final ReentrantLock batches = new ReentrantLock();
  private final Object wake = new Object();
  private volatile long lastWriteMs;
  /** Writes running now: while any runs, no batch starts, however long the write takes. */
  private final AtomicInteger writing = new AtomicInteger();
  private volatile boolean stopped;
  private Thread thread;

  /**
   * A worker for {@code store}, whose documents {@code documents} builds, embedding with {@code
   * embedder}, taking the vectors of unchanged articles from the index in {@code reuseFrom} ({@code
   * null}: none).
   */
  public EmbeddingWorker(IndexStore store, Embedder embedder, Function<Article, Document> documents, Path reuseFrom) {
    this.store = store;
    this.embedder = embedder;
    this.documents = documents;
    this.donor = reuseFrom == null ? null : new VectorDonor(reuseFrom);
    this.passages = new PassageEmbedder(embedder);
  }

  /** Starts embedding in the background. */
  public void start() {
    thread = Thread.ofPlatform().daemon().name("gazette-embedder").start(this::runInBackground);
  }

  /** A write of articles, run under the worker's guard so no batch overwrites it with a stale article. */
  @FunctionalInterface
  public interface Write {
    /** Writes. */
    void run() throws IOException;
  }

  /** Runs {@code write} of the articles {@code ids}, marking them rewritten for a batch in flight. */
  public void write(Collection<String> ids, Write write) throws IOException {
    writing.incrementAndGet();
    guard.readLock().lock();
    try {
      rewritten.addAll(ids);
      write.run();
    } finally {
      guard.readLock().unlock();
      lastWriteMs = System.currentTimeMillis();
      writing.decrementAndGet();
    }
    synchronized (wake) {
      wake.notifyAll();
    }
  }

  /**
   * Embeds every article still without a vector now, on this thread, telling {@code progress} how
   * many it has embedded so far, then the passages still without vectors; returns how many articles.
   */
  public long embedAll(LongConsumer progress) throws IOException {
    long done = 0;
    Batch batch;
    while ((batch = batch()).found() > 0) {
      if (batch.vectors()) {
        done += batch.written();
        progress.accept(done);
      }
    }
    store.commit();
    return done;
  }

  private void runInBackground() {
    long lastCommit = System.currentTimeMillis();
    boolean uncommitted = false;
    while (!stopped) {
      try {
        waitForQuiet();
        Batch batch = stopped ? Batch.NONE : batch();
        uncommitted |= batch.written() > 0;
        long now = System.currentTimeMillis();
        if (uncommitted && (batch.found() == 0 || now - lastCommit > COMMIT_EVERY_MS)) {
          store.commit();
          lastCommit = now;
          uncommitted = false;
        }
        if (batch.found() == 0) {
          sleepUntilWritten();
        }
      } catch (IOException | RuntimeException e) {
        if (stopped) {
          return;
        }
        LOG.log(System.Logger.Level.WARNING, "embedding articles failed; trying again in a minute", e);
        pause(60_000);
      }
    }
  }

  /**
   * One batch: how many articles it found still without a vector (or, once every article has one,
   * without passages), how many it rewrote (fewer when writers replaced some meanwhile; those are
   * found again by the next batch), and whether it gave vectors to articles rather than passages.
   */
  private record Batch(int found, int written, boolean vectors) {
    static final Batch NONE = new Batch(0, 0, true);
  }

  /** An article found in the index, with the vector it holds and that vector's hash, if any. */
  private record Found(Article article, float[] vector, BytesRef hash) {}

  /** An article and what it got, to be written together. */
  private record Rewrite(Article article, StoredVectors.Kept got) {}

  /**
   * Embeds the next few articles without a vector; when there are none, the passages of the next
   * few without passages, so an article's vector never waits for anyone's passages.
   */
  private Batch batch() throws IOException {
    batches.lock();
    try {
      guard.writeLock().lock();
      try {
        rewritten.clear();
      } finally {
        guard.writeLock().unlock();
      }
      store.refresh();
      List<Found> articles = find(MISSING);
      if (!articles.isEmpty()) {
        return new Batch(articles.size(), rewrite(vectors(articles)), true);
      }
      List<Found> unsplit = find(WITHOUT_PASSAGES);
      if (unsplit.isEmpty()) {
        return Batch.NONE;
      }
      List<BytesRef> fields = passages.embed(unsplit.stream().map(Found::article).toList(), BATCH);
      List<Rewrite> got = new ArrayList<>(fields.size());
      for (int i = 0; i < fields.size(); i++) {
        Found found = unsplit.get(i);
        got.add(new Rewrite(found.article(), new StoredVectors.Kept(found.vector(), found.hash(), fields.get(i))));
      }
      return new Batch(got.size(), rewrite(got), false);
    } finally {
      batches.unlock();
    }
  }

  /** Rewrites each article with what it got, unless a writer replaced it meanwhile; returns how many. */
  private int rewrite(List<Rewrite> got) throws IOException {
    int written = 0;
    guard.writeLock().lock();
    try {
      for (Rewrite rewrite : got) {
        Article article = rewrite.article();
        if (stopped || rewritten.contains(article.id())) {
          continue;
        }
        Document doc = documents.apply(article);
        rewrite.got().addTo(doc);
        store.replace(article.id(), doc);
        written++;
      }
    } finally {
      guard.writeLock().unlock();
    }
    return written;
  }

  /**
   * The vectors of {@code articles}, the donor's where it has them (with its passages when they
   * too are unchanged), the model's for the rest; with the empty passages of an article whose body
   * is one passage, which is then done.
   */
  private List<Rewrite> vectors(List<Found> articles) {
    List<StoredVectors.Kept> vectors = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (Found found : articles) {
      Optional<StoredVectors.Kept> kept = donor == null ? Optional.empty() : donor.kept(embedder.name(), found.article());
      if (kept.isEmpty()) {
        missing.add(vectors.size());
      }
      vectors.add(kept.orElse(null));
    }
    if (!missing.isEmpty()) {
      List<String> texts = missing.stream().map(i -> VectorFields.passage(articles.get(i).article())).toList();
      List<float[]> embedded = embedder.embedPassages(texts);
      for (int j = 0; j < missing.size(); j++) {
        BytesRef hash = VectorFields.hash(embedder.name(), texts.get(j));
        vectors.set(missing.get(j), new StoredVectors.Kept(embedded.get(j), hash, null));
      }
    }
    List<Rewrite> got = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i).article();
      StoredVectors.Kept kept = vectors.get(i);
      got.add(new Rewrite(article, kept.passages() != null ? kept
          : new StoredVectors.Kept(kept.vector(), kept.hash(), passages.nothingToEmbed(article))));
    }
    return got;
  }

  /** The first {@value #BATCH} articles {@code query} matches, in index order, with their vectors if any. */
  private List<Found> find(Query query) throws IOException {
    IndexSearcher searcher = store.acquire();
    try {
      TopDocs top = searcher.search(query, BATCH, Sort.INDEXORDER);
      List<Found> articles = new ArrayList<>(top.scoreDocs.length);
      StoredFields stored = searcher.storedFields();
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      for (ScoreDoc hit : top.scoreDocs) {
        Article article = ArticleDocuments.toArticle(stored.document(hit.doc));
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        int doc = hit.doc - leaf.docBase;
        BinaryDocValues hashes = leaf.reader().getBinaryDocValues(VectorFields.HASH);
        BytesRef hash = hashes != null && hashes.advanceExact(doc) ? BytesRef.deepCopyOf(hashes.binaryValue()) : null;
        articles.add(new Found(article, StoredVectors.vector(leaf.reader(), doc).orElse(null), hash));
      }
      return articles;
    } finally {
      store.release(searcher);
    }
  }

  private void waitForQuiet() {
    while (!stopped) {
      long quietFor = writing.get() > 0 ? 0 : System.currentTimeMillis() - lastWriteMs;
      if (quietFor >= QUIET_MS) {
        return;
      }
      pause(QUIET_MS - quietFor);
    }
  }

  private void sleepUntilWritten() {
    long before = lastWriteMs;
    synchronized (wake) {
      try {
        if (!stopped && lastWriteMs == before) {
          wake.wait(60_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void pause(long ms) {
    synchronized (wake) {
      try {
        if (!stopped) {
          wake.wait(Math.max(1, ms));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the background thread after the batch it is in, waits for it, and lets go of the donor. */
  @Override
  public void close() throws IOException {
    stopped = true;
    synchronized (wake) {
      wake.notifyAll();
    }
    if (thread != null) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (donor != null) {
      donor.close();
    }
  }
}

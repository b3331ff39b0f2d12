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
 * rewrites each with its vector, unless a writer replaced or deleted it meanwhile. The work left is
 * read from the index itself, so a restart resumes where the last commit stood.
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

  private final IndexStore store;
  private final Embedder embedder;
  private final Function<Article, Document> documents;
  /** The index whose vectors unchanged articles take, or {@code null}. */
  private final VectorDonor donor;
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
   * many it has embedded so far; returns how many.
   */
  public long embedAll(LongConsumer progress) throws IOException {
    long done = 0;
    Batch batch;
    while ((batch = batch()).found() > 0) {
      done += batch.written();
      progress.accept(done);
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
   * One batch: how many articles without a vector it found, and how many it gave one (fewer when
   * writers replaced some meanwhile; those are found again by the next batch).
   */
  private record Batch(int found, int written) {
    static final Batch NONE = new Batch(0, 0);
  }

  /** Embeds the next few articles without a vector. */
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
      List<Article> articles = missing();
      if (articles.isEmpty()) {
        return Batch.NONE;
      }
      List<String> passages = articles.stream().map(VectorFields::passage).toList();
      List<BytesRef> hashes = passages.stream().map(passage -> VectorFields.hash(embedder.name(), passage)).toList();
      float[][] vectors = vectors(articles, passages, hashes);
      int written = 0;
      guard.writeLock().lock();
      try {
        for (int i = 0; i < articles.size(); i++) {
          Article article = articles.get(i);
          if (stopped || rewritten.contains(article.id())) {
            continue;
          }
          Document doc = documents.apply(article);
          VectorFields.addTo(doc, vectors[i], hashes.get(i));
          store.replace(article.id(), doc);
          written++;
        }
      } finally {
        guard.writeLock().unlock();
      }
      return new Batch(articles.size(), written);
    } finally {
      batches.unlock();
    }
  }

  /** The vectors of {@code articles}: the donor's where it has them, the model's for the rest. */
  private float[][] vectors(List<Article> articles, List<String> passages, List<BytesRef> hashes) {
    float[][] vectors = new float[articles.size()][];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Optional<float[]> kept = donor == null ? Optional.empty() : donor.vector(articles.get(i).id(), hashes.get(i));
      if (kept.isPresent()) {
        vectors[i] = kept.get();
      } else {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> embedded = embedder.embedPassages(missing.stream().map(passages::get).toList());
      for (int j = 0; j < missing.size(); j++) {
        vectors[missing.get(j)] = embedded.get(j);
      }
    }
    return vectors;
  }

  private List<Article> missing() throws IOException {
    IndexSearcher searcher = store.acquire();
    try {
      TopDocs top = searcher.search(MISSING, BATCH, Sort.INDEXORDER);
      List<Article> articles = new ArrayList<>(top.scoreDocs.length);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        articles.add(ArticleDocuments.toArticle(stored.document(hit.doc)));
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

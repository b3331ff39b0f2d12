package dev.gazette.index;

import dev.gazette.GazetteConfig;
import dev.gazette.GazetteException;
import dev.gazette.analysis.AnalysisSettings;
import dev.gazette.analysis.Schema;
import dev.gazette.analysis.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One Lucene index open for writing and near-real-time search: the writer, a searcher manager
 * refreshed in the background so writes show within a second, and commits that record when they
 * were made and how the index was analyzed.
 */
public final class IndexStore implements AutoCloseable {
  private static final String COMMITTED_AT = "gazette.committedAt";
  private static final long NONE = Long.MIN_VALUE;

  private final String location;
  private final Directory directory;
  private final IndexWriter writer;
  private final SnapshotDeletionPolicy snapshots;
  private final SearcherManager searchers;
  private final SearcherRefresher refresher;
  private final Schema schema;
  /** {@link System#nanoTime()} of the oldest write no searcher sees yet, or {@link #NONE}. */
  private final AtomicLong unrefreshedSince = new AtomicLong(NONE);
  private final Object commitMonitor = new Object();
  private long committedSeqNo = -1;
  /** The {@link BuildRecord} entries of the last commit, carried into every commit. */
  private final Map<String, String> built;
  /** Whether an article was written or deleted since this store opened, marked in the build record at commit. */
  private volatile boolean wrote;
  /** Articles written or deleted since the index was created (vectors added to them do not count). */
  private final AtomicLong writes;

  private IndexStore(String location, Directory directory, GazetteConfig config, boolean readOnly) throws IOException {
    this.location = location;
    this.directory = directory;
    AnalysisSettings requested = AnalysisSettings.of(config);
    boolean exists = DirectoryReader.indexExists(directory);
    Map<String, String> userData = exists ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
    AnalysisSettings settings = AnalysisSettings.fromCommitData(userData, requested);
    this.built = BuildRecord.entriesOf(userData);
    this.writes = new AtomicLong(Long.parseLong(userData.getOrDefault(IndexFiles.WRITES, "0")));
    this.schema = new Schema(settings, Synonyms.of(config));
    Similarity similarity = new BM25Similarity(config.ranking().k1(), config.ranking().b());
    SearcherFactory factory = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
        return searcher;
      }
    };
    if (readOnly) {
      if (!exists) {
        throw new GazetteException("there is no index at " + location);
      }
      this.writer = null;
      this.snapshots = null;
      this.refresher = null;
      this.searchers = new SearcherManager(directory, factory);
      return;
    }
    if (exists && directory instanceof FSDirectory files) {
      CommitVerifier.verify(directory, files.getDirectory());
    }
    IndexWriterConfig writerConfig = new IndexWriterConfig(schema.analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setSimilarity(similarity)
        .setRAMBufferSizeMB(config.operations().ramBufferMb())
        .setCodec(IndexCodec.codec())
        .setCommitOnClose(false);
    this.snapshots = new SnapshotDeletionPolicy(writerConfig.getIndexDeletionPolicy());
    writerConfig.setIndexDeletionPolicy(snapshots);
    this.writer = new IndexWriter(directory, writerConfig);
    this.searchers = new SearcherManager(writer, factory);
    searchers.addListener(new ReferenceManager.RefreshListener() {
      @Override
      public void beforeRefresh() {
        unrefreshedSince.set(NONE);
      }

      @Override
      public void afterRefresh(boolean didRefresh) {
        // Writes made from beforeRefresh on marked themselves again.
      }
    });
    this.refresher = new SearcherRefresher(searchers, location);
    if (!exists) {
      commit();
    }
  }

  /**
   * Opens the index in {@code dir}, explaining any reason it cannot be opened: for writing (creating
   * it if needed, and taking its write lock), or read-only (its last commit, without the lock, so
   * another process may be writing it).
   */
  public static IndexStore open(Path dir, GazetteConfig config, boolean readOnly) {
    String location = dir.toString();
    Directory directory = null;
    try {
      if (!readOnly) {
        Files.createDirectories(dir);
      }
      directory = FSDirectory.open(dir);
      return new IndexStore(location, directory, config, readOnly);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new GazetteException("the index at " + location + " is in use by another process (a running server "
          + "or another gazette command); stop it, or send changes through the server's HTTP API", e);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      closeQuietly(directory);
      throw new GazetteException("the index at " + location + " was written by an incompatible Lucene version; "
          + "reindex it with this version of Gazette", e);
    } catch (CorruptIndexException e) {
      closeQuietly(directory);
      throw new GazetteException("the index at " + location + " is damaged (" + e.getMessage()
          + "); restore a backup or reindex", e);
    } catch (AccessDeniedException e) {
      closeQuietly(directory);
      throw new GazetteException("no permission to write the index at " + location + ": " + e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new GazetteException("cannot open the index at " + location + ": " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /** A new index held in memory. */
  public static IndexStore inMemory(GazetteConfig config) {
    try {
      return new IndexStore("memory", new ByteBuffersDirectory(), config, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema this index was built with. */
  public Schema schema() {
    return schema;
  }

  /** Where the index lives, for messages. */
  public String location() {
    return location;
  }

  /** Whether the index was opened read-only. */
  public boolean readOnly() {
    return writer == null;
  }

  /** The directory, for statistics and checks. */
  public Directory directory() {
    return directory;
  }

  /** Adds or replaces the document with id {@code id}, adding its {@link HitSummaries hit summary}. */
  public void upsert(String id, Document doc) throws IOException {
    wrote = true;
    writes.incrementAndGet();
    replace(id, doc);
  }

  /**
   * Replaces the document with id {@code id} by {@code doc}, the same article with something
   * derived from it added (its vector): not a write of an article, so the build record and the
   * count of writes ({@link IndexFiles#writeCount}) do not change.
   */
  public void replace(String id, Document doc) throws IOException {
    HitSummaries.addTo(doc);
    write(() -> writable().updateDocument(new Term(Schema.ID, id), doc));
    changed();
  }

  /** Deletes the document with id {@code id}. */
  public void delete(String id) throws IOException {
    wrote = true;
    writes.incrementAndGet();
    write(() -> writable().deleteDocuments(new Term(Schema.ID, id)));
    changed();
  }

  private void changed() {
    refresher.changed();
    unrefreshedSince.compareAndSet(NONE, System.nanoTime());
  }

  /**
   * Has {@code warmer} read each segment a merge makes before searchers see it (a writable index
   * only), so that caches kept per segment are ready when it shows.
   */
  public void warmMergedSegments(IndexWriter.IndexReaderWarmer warmer) {
    if (writer != null) {
      writer.getConfig().setMergedSegmentWarmer(warmer);
    }
  }

  /** Makes every change visible to searchers acquired from now on (read-only: the latest commit). */
  public void refresh() throws IOException {
    if (writer == null) {
      searchers.maybeRefreshBlocking();
    } else {
      refresher.refresh();
    }
  }

  /**
   * Durably commits every change completed before the call, recording the time, the analysis
   * settings and the index's {@link BuildRecord} (marked as written to once an article was written or deleted). Group commit: callers that arrive while another commit runs wait for it and then
   * return at once if it already covered their changes, so concurrent writers share one fsync.
   */
  public void commit() throws IOException {
    long needed = writable().getMaxCompletedSequenceNumber();
    synchronized (commitMonitor) {
      if (committedSeqNo >= needed && committedSeqNo >= 0) {
        return;
      }
      Map<String, String> data = new HashMap<>(schema.settings().toCommitData());
      data.put(COMMITTED_AT, Long.toString(System.currentTimeMillis()));
      data.putAll(built);
      data.put(IndexFiles.WRITES, Long.toString(writes.get()));
      if (wrote) {
        data.put(BuildRecord.WRITTEN_SINCE, "true");
      }
      writer.setLiveCommitData(data.entrySet());
      long seqNo = write(writer::commit);
      committedSeqNo = Math.max(needed, seqNo);
    }
  }

  /**
   * Commits, then copies the files of that commit into the new folder {@code target} and syncs them,
   * while writes and merges go on: the commit is held by a snapshot so no file of it is deleted
   * until the copy is done. The copy is a complete index of its own. Returns the bytes copied.
   */
  public long copyLastCommit(Path target) throws IOException {
    commit();
    writable();
    IndexCommit commit = snapshots.snapshot();
    try {
      return IndexFiles.copy(directory, commit.getFileNames(), target);
    } finally {
      snapshots.release(commit);
      writer.deleteUnusedFiles();
    }
  }

  /** When the last commit was made, or {@code null} if that is not recorded. */
  public Instant lastCommit() throws IOException {
    String millis = SegmentInfos.readLatestCommit(directory).getUserData().get(COMMITTED_AT);
    return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
  }

  /** Whether writes were made since the last commit. */
  public boolean hasUncommittedChanges() {
    return writer != null && writer.hasUncommittedChanges();
  }

  /** Documents the writer buffers in memory, not yet flushed to a segment. */
  public long bufferedDocuments() {
    return writer == null ? 0 : writer.numRamDocs();
  }

  /** Bytes of memory the writer uses for buffered changes. */
  public long bufferedBytes() {
    return writer == null ? 0 : writer.ramBytesUsed();
  }

  /**
   * How long the oldest write that searchers do not see yet has waited; zero when they see every
   * write (one landing during a refresh is unseen until the next). Searchers are reopened only while
   * someone searches, so with nobody searching this keeps growing.
   */
  public Duration refreshLag() {
    long since = unrefreshedSince.get();
    return since == NONE ? Duration.ZERO : Duration.ofNanos(Math.max(0, System.nanoTime() - since));
  }

  /** A searcher, first reopened if it is stale with changes pending; hand it back with {@link #release}. */
  public IndexSearcher acquire() throws IOException {
    if (refresher != null) {
      refresher.beforeSearch();
    }
    return acquireAsIs();
  }

  /** The searcher as it stands, not reopened (which flushes a segment) nor counted as a search: for writers. */
  public IndexSearcher acquireAsIs() throws IOException {
    return searchers.acquire();
  }

  /** Hands back a searcher from {@link #acquire} or {@link #acquireAsIs}. */
  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Commits (when writable), stops refreshing and closes. */
  @Override
  public void close() throws IOException {
    if (writer == null) {
      searchers.close();
      directory.close();
      return;
    }
    try {
      if (writer.isOpen()) {
        commit();
      }
    } finally {
      refresher.close();
      searchers.close();
      writer.close();
      directory.close();
    }
  }

  private IndexWriter writable() {
    if (writer == null) {
      throw new GazetteException("the index at " + location + " is open read-only");
    }
    Throwable tragic = writer.getTragicException();
    if (tragic != null) {
      throw stopped(tragic);
    }
    return writer;
  }

  /** A writer call that may fail with an I/O error. */
  @FunctionalInterface
  private interface WriterCall {
    long call() throws IOException;
  }

  /**
   * Runs {@code call}, explaining a writer Lucene closed after an error it could not recover from (a
   * full disk during a flush or merge, say) instead of letting "this IndexWriter is closed" through.
   */
  private long write(WriterCall call) throws IOException {
    try {
      return call.call();
    } catch (AlreadyClosedException e) {
      Throwable tragic = writer.getTragicException();
      throw tragic == null ? e : stopped(tragic);
    }
  }

  private GazetteException stopped(Throwable tragic) {
    return new GazetteException("the index at " + location + " stopped taking writes after an error: "
        + tragic.getMessage() + "; everything committed before is intact. Fix the cause (disk space, "
        + "permissions) and restart", tragic);
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // The open already failed; that is the error to report.
      }
    }
  }
}

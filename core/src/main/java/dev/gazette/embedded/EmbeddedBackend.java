package dev.gazette.embedded;

import dev.gazette.Article;
import dev.gazette.EmbeddingProgress;
import dev.gazette.Embedder;
import dev.gazette.GazetteConfig;
import dev.gazette.IndexGauges;
import dev.gazette.IndexStats;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchResult;
import dev.gazette.Suggestion;

import dev.gazette.analysis.MentionFinder;
import dev.gazette.analysis.Schema;
import dev.gazette.facet.FacetCounter;
import dev.gazette.facet.FacetDimensions;
import dev.gazette.facet.FacetStates;
import dev.gazette.index.ArticleDocuments;
import dev.gazette.index.IndexStore;
import dev.gazette.plan.Backend;
import dev.gazette.search.Rm3Expansion;
import dev.gazette.search.SearchExecutor;
import dev.gazette.suggest.Autocomplete;
import dev.gazette.suggest.SuggestFields;
import dev.gazette.vector.EmbeddingWorker;
import dev.gazette.vector.StoredVectors;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/** The embedded backend: a Lucene index in a folder (or in memory) of this JVM. */
public final class EmbeddedBackend implements Backend {
  private final IndexStore store;
  private final ArticleDocuments documents;
  private final SearchExecutor executor;
  private final SuggestFields suggestFields = new SuggestFields();
  private final Autocomplete autocomplete = new Autocomplete();
  private final AtomicBoolean suggesting = new AtomicBoolean();
  /** The embedder, or {@code null} when articles get no vectors. */
  private final Embedder embedder;
  /** Gives articles their vectors; {@code null} without an embedder or on a read-only index. */
  private final EmbeddingWorker embedding;

  public EmbeddedBackend(IndexStore store, GazetteConfig config) {
    this.store = store;
    FacetDimensions facetsConfig = new FacetDimensions();
    this.documents = new ArticleDocuments(facetsConfig, MentionFinder::standard);
    this.executor = new SearchExecutor(
        store.schema(), facetsConfig, new FacetStates(facetsConfig), config, new Rm3Expansion(store.schema(), config));
    this.embedder = config.semantic().embedder();
    this.embedding = embedder == null || store.readOnly() ? null
        : new EmbeddingWorker(store, embedder, this::document, config.semantic().reuseFrom());
    if (embedding != null && config.semantic().background()) {
      embedding.start();
    }
  }

  private Document document(Article article) {
    Document doc = documents.toDocument(article);
    suggestFields.addTo(doc);
    return doc;
  }

  @Override
  public void upsertAll(Collection<Article> articles) throws IOException {
    if (embedding == null) {
      for (Article article : articles) {
        store.upsert(article.id(), document(article));
      }
      return;
    }
    List<String> ids = articles.stream().map(Article::id).toList();
    embedding.write(ids, () -> {
      // A vector is kept only where the text's hash matches, so a searcher some writes behind
      // can cost a vector (the article is embedded again), never give a wrong one.
      IndexSearcher searcher = store.acquireAsIs();
      try {
        for (Article article : articles) {
          Document doc = document(article);
          StoredVectors.kept(searcher, embedder.name(), article).ifPresent(kept -> kept.addTo(doc));
          store.upsert(article.id(), doc);
        }
      } finally {
        store.release(searcher);
      }
    });
  }

  @Override
  public boolean delete(String id) throws IOException {
    boolean existed = get(id).isPresent();
    if (embedding == null) {
      store.delete(id);
    } else {
      embedding.write(List.of(id), () -> store.delete(id));
    }
    return existed;
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    store.refresh();
    IndexSearcher searcher = store.acquire();
    try {
      TopDocs found = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (found.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(ArticleDocuments.toArticle(searcher.storedFields().document(found.scoreDocs[0].doc)));
    } finally {
      store.release(searcher);
    }
  }

  /** Walks the live documents of one searcher in index order, so a concurrent write or merge changes nothing. */
  @Override
  public long forEachArticle(Consumer<Article> sink) throws IOException {
    return withSearcher(searcher -> {
      long count = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            sink.accept(ArticleDocuments.toArticle(stored.document(doc)));
            count++;
          }
        }
      }
      return count;
    });
  }

  /** Commits; a commit counts as a write for the background embedder, which waits until writes pause. */
  @Override
  public void commit() throws IOException {
    if (embedding == null) {
      store.commit();
    } else {
      embedding.write(List.of(), store::commit);
    }
  }

  @Override
  public void refresh() throws IOException {
    store.refresh();
  }

  @Override
  public Optional<Backups> backups() {
    return Optional.of(store::copyLastCommit);
  }

  @Override
  public Optional<Embedding> embedding() {
    return Optional.ofNullable(embedding).map(worker -> worker::embedAll);
  }

  @Override
  public Schema schema() {
    return store.schema();
  }

  @Override
  public <T> T searching(SearchCall<T> call) throws IOException {
    return withSearcher(searcher -> call.call(executor.view(searcher)));
  }

  @Override
  public Optional<SearchResult> related(String id, int size) throws IOException {
    return withSearcher(searcher -> executor.related(searcher, id, size));
  }

  @Override
  public List<String> facetDimensions() throws IOException {
    return withSearcher(searcher -> List.copyOf(executor.dimensions(searcher)));
  }

  @Override
  public Optional<Completions> autocomplete() {
    return Optional.of(this::suggest);
  }

  private List<Suggestion> suggest(String prefix, int limit, String preTag, String postTag) throws IOException {
    if (suggesting.compareAndSet(false, true)) {
      // From the first suggestion on, merges read their segment's phrases before it shows.
      store.warmMergedSegments(autocomplete.mergeWarmer());
    }
    return withSearcher(searcher -> autocomplete.suggest(searcher, prefix, limit, preTag, postTag));
  }

  @Override
  public List<SearchResult.FacetValue> facetValues(String dimension, String prefix, int limit) throws IOException {
    return withSearcher(searcher -> {
      if (!executor.dimensions(searcher).contains(dimension)) {
        throw new InvalidRequestException("dimension", "unknown facet dimension '" + dimension + "'");
      }
      return FacetCounter.matching(executor.facetState(searcher), executor.wholeIndexCounts(searcher), dimension,
          prefix, limit);
    });
  }

  @Override
  public IndexStats stats() throws IOException {
    return withSearcher(searcher -> {
      IndexReader reader = searcher.getIndexReader();
      List<String> fields = new ArrayList<>();
      for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
        if (!info.name.startsWith("$")) {
          fields.add(info.name);
        }
      }
      Map<String, List<SearchResult.FacetValue>> top = new LinkedHashMap<>();
      SortedSetDocValuesReaderState state = executor.facetState(searcher);
      Facets wholeIndex = executor.wholeIndexCounts(searcher);
      for (String dim : executor.dimensions(searcher)) {
        top.put(dim, FacetCounter.matching(state, wholeIndex, dim, "", 5));
      }
      EmbeddingProgress progress = embedder == null ? null
          : EmbeddingProgress.of(embedder.name(), executor.embedded(searcher), reader.numDocs());
      return new IndexStats(reader.numDocs(), reader.numDeletedDocs(), reader.leaves().size(), sizeOnDisk(),
          store.lastCommit(), fields, top, progress);
    });
  }

  @Override
  public IndexGauges gauges() throws IOException {
    return withSearcher(searcher -> {
      IndexReader reader = searcher.getIndexReader();
      return new IndexGauges(reader.numDocs(), reader.numDeletedDocs(), reader.leaves().size(), sizeOnDisk(),
          store.lastCommit(), store.hasUncommittedChanges(), store.bufferedDocuments(), store.bufferedBytes(),
          store.refreshLag(), executor.embedded(searcher));
    });
  }

  @Override
  public String description() {
    return "the embedded index";
  }

  @Override
  public String location() {
    return store.location();
  }

  @Override
  public void close() throws IOException {
    if (embedding != null) {
      embedding.close();
    }
    try (store; suggestFields) {
      autocomplete.close();
    }
  }

  private long sizeOnDisk() throws IOException {
    long total = 0;
    for (String file : store.directory().listAll()) {
      try {
        total += store.directory().fileLength(file);
      } catch (NoSuchFileException ignored) {
        // Merged away while we were counting.
      }
    }
    return total;
  }

  /** A search on one searcher that may fail with an I/O error. */
  @FunctionalInterface
  private interface SearcherCall<T> {
    T call(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherCall<T> action) throws IOException {
    IndexSearcher searcher = store.acquire();
    try {
      return action.call(searcher);
    } finally {
      store.release(searcher);
    }
  }
}

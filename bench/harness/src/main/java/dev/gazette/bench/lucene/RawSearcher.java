package dev.gazette.bench.lucene;

import dev.gazette.GazetteConfig;
import dev.gazette.bench.corpus.BenchQuery;
import dev.gazette.bench.engine.Answer;
import dev.gazette.bench.engine.PreparedSearch;
import dev.gazette.bench.engine.SearchEngine;
import dev.gazette.bench.engine.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The search baseline: Gazette's own Lucene query objects, built off the clock, run straight on an
 * {@link IndexSearcher} with a {@link TopScoreDocCollectorManager} counting every match, then the
 * same stored fields a Gazette hit shows; facets with Lucene's sorted-set facet counts over a
 * reader state built once; snippets with a {@link UnifiedHighlighter} built once.
 */
public final class RawSearcher implements SearchEngine {
  private static final Set<String> HIT_FIELDS = Set.of("id", "title", "published", "haiku");
  private static final String[] HIGHLIGHTED = {"title", "body"};

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final UnifiedHighlighter highlighter;
  private final ParsedQueries queries;

  private RawSearcher(Path dir, GazetteConfig config) throws IOException {
    RawSchema schema = new RawSchema();
    this.directory = FSDirectory.open(dir);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(RawSchema.similarity());
    this.facetState = new DefaultSortedSetDocValuesReaderState(reader, schema.facets());
    this.highlighter = UnifiedHighlighter.builder(searcher, schema.analyzer())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), 160, 0.5f))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
        .build();
    this.queries = new ParsedQueries(config);
  }

  /** Opens the baseline index in {@code dir}, parsing queries as Gazette does with {@code config}. */
  public static RawSearcher open(Path dir, GazetteConfig config) throws IOException {
    return new RawSearcher(dir, config);
  }

  @Override
  public String name() {
    return "raw Lucene";
  }

  @Override
  public PreparedSearch prepare(BenchQuery query, Variant variant) {
    ParsedQueries.Parsed parsed = queries.parse(query);
    return () -> search(parsed, variant);
  }

  private Answer search(ParsedQueries.Parsed parsed, Variant variant) throws IOException {
    var top = new TopScoreDocCollectorManager(10, Integer.MAX_VALUE);
    TopDocs hits;
    if (variant.facets()) {
      var both = searcher.search(parsed.ranking(), new MultiCollectorManager(top, new FacetsCollectorManager()));
      hits = (TopDocs) both[0];
      SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, (FacetsCollector) both[1]);
      for (String dim : Variant.FACET_DIMENSIONS) {
        counts.getTopChildren(10, dim);
      }
    } else {
      hits = searcher.search(parsed.ranking(), top);
    }
    StoredFields stored = searcher.storedFields();
    List<String> ids = new ArrayList<>(hits.scoreDocs.length);
    for (ScoreDoc hit : hits.scoreDocs) {
      Document doc = stored.document(hit.doc, HIT_FIELDS);
      ids.add(doc.get("id"));
    }
    if (variant.highlight() && parsed.highlight() != null && hits.scoreDocs.length > 0) {
      int[] docIds = new int[hits.scoreDocs.length];
      for (int i = 0; i < docIds.length; i++) {
        docIds[i] = hits.scoreDocs[i].doc;
      }
      highlighter.highlightFields(HIGHLIGHTED, parsed.highlight(), docIds, new int[] {1, 3});
    }
    return new Answer(hits.totalHits.value(), ids);
  }

  /** The searcher, for micro-benchmarks. */
  public IndexSearcher searcher() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}

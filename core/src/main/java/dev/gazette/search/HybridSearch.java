package dev.gazette.search;

import dev.gazette.SearchRequest;
import dev.gazette.SearchResult.Hit;
import dev.gazette.SearchResult.Snippets;
import dev.gazette.plan.HybridFusion;
import dev.gazette.plan.HybridFusion.Fused;
import dev.gazette.plan.HybridFusion.Ranked;
import dev.gazette.plan.Matches;
import dev.gazette.plan.QueryPlan;
import dev.gazette.vector.NearestArticles;
import dev.gazette.vector.PassageSnippets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A search by meaning on the embedded index, alone or fused with the words: the nearest articles
 * by vector (HNSW, within the plan's filters), the best matches by words, and {@link HybridFusion}
 * over both. What is matched is the matches by words plus the nearest articles; totals, facet
 * counts and the timeline count exactly that set, and sorts by date order it. A hit found by
 * meaning alone shows the passage of its body closest to the query ({@link PassageSnippets}).
 */
final class HybridSearch {
  private final WordSearch view;
  private final IndexSearcher searcher;
  private final QueryPlan plan;
  private final QueryPlan.Semantic semantic;

  HybridSearch(WordSearch view, IndexSearcher searcher, QueryPlan plan) {
    this.view = view;
    this.searcher = searcher;
    this.plan = plan;
    this.semantic = plan.semantic();
  }

  Matches run() throws IOException {
    Query nearest = nearest();
    Query words = semantic.words() ? view.ranking(plan) : null;
    QueryPlan.Page asked = plan.page();
    if (!SortOrder.isScored(asked.sort())) {
      WordSearch.Counted page = view.collect(plan, union(words, nearest));
      long wordTotal = words == null ? 0 : searcher.count(view.filtered(words, plan.within()));
      return withPassages(view.matches(plan, page, page.hits(), page.nextCursor(), wordTotal), page.hits(), words);
    }
    QueryPlan counting = new QueryPlan(plan.ranking(), plan.highlight(), plan.scoring(), plan.within(),
        new QueryPlan.Page(asked.sort(), 1, 1, null), plan.shown(), semantic);
    WordSearch.Counted counted = view.collect(counting, union(words, nearest));
    int offset = asked.cursor() == null ? asked.offset() : Cursor.position(asked.cursor());
    Fusion fusion = fuse(words, nearest, offset + asked.size() + 1);
    List<Fused<Integer>> ranked = fusion.ranked();
    int from = Math.min(offset, ranked.size());
    int to = Math.min(offset + asked.size(), ranked.size());
    ScoreDoc[] page = new ScoreDoc[to - from];
    for (int i = from; i < to; i++) {
      Fused<Integer> hit = ranked.get(i);
      page[i - from] = new FieldDoc(hit.key(), hit.score(), new Object[] {hit.score()});
    }
    String next = ranked.size() > to && to < SearchRequest.MAX_WINDOW ? Cursor.position(to) : null;
    return withPassages(view.matches(plan, counted, page, next, fusion.wordTotal()), page, words);
  }

  /**
   * {@code matches} with each hit of {@code page} that {@code words} does not match showing its
   * passage closest to the query, when snippets are asked for.
   */
  private Matches withPassages(Matches matches, ScoreDoc[] page, Query words) throws IOException {
    if (plan.shown().tags() == null || page.length == 0) {
      return matches;
    }
    int[] docs = PageHits.docIds(page);
    boolean[] meaningOnly = new boolean[docs.length];
    Weight weight = words == null ? null
        : searcher.createWeight(searcher.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < docs.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
      meaningOnly[i] = weight == null || !matches(weight, leaf, docs[i] - leaf.docBase);
    }
    String[] passages = PassageSnippets.of(searcher, docs, meaningOnly, semantic.vector());
    List<Hit> hits = new ArrayList<>(matches.hits());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      if (passages[i] != null && hit.snippets() != null) {
        hits.set(i, new Hit(hit.id(), hit.score(), hit.title(), hit.published(), hit.haiku(),
            new Snippets(hit.snippets().title(), List.of(passages[i])), hit.fields()));
      }
    }
    return new Matches(matches.total(), hits, matches.nextCursor(), matches.facets(), matches.timeline(),
        matches.timedOut(), matches.wordTotal());
  }

  private static boolean matches(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
    ScorerSupplier supplier = weight.scorerSupplier(leaf);
    if (supplier == null) {
      return false;
    }
    Scorer scorer = supplier.get(1);
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    return approximation.advance(doc) == doc && (twoPhase == null || twoPhase.matches());
  }

  /** Why document {@code doc} scores as it does in {@link #run}: both parts and their fusion. */
  Optional<String> explain(int doc) throws IOException {
    Query nearest = nearest();
    Query words = semantic.words() ? view.ranking(plan) : null;
    Fusion fusion = fuse(words, nearest, SearchRequest.MAX_WINDOW);
    for (Fused<Integer> hit : fusion.ranked()) {
      if (hit.key() == doc) {
        return Optional.of(describe(hit, words, doc));
      }
    }
    return Optional.empty();
  }

  private String describe(Fused<Integer> hit, Query words, int doc) throws IOException {
    StringBuilder text = new StringBuilder();
    double ratio = semantic.ratio();
    if (hit.wordRank() > semantic.candidates()) {
      text.append(String.format(Locale.ROOT, "%.6f = past the %d best matches by words that are fused: "
          + "ranked by words alone, rank %d%n", hit.score(), semantic.candidates(), hit.wordRank()));
    } else {
      text.append(String.format(Locale.ROOT, "%.6f = %s fusion, meaning weighing %.2f against words %.2f%n",
          hit.score(), semantic.fusion().name().toLowerCase(Locale.ROOT), ratio, 1 - ratio));
    }
    text.append(String.format(Locale.ROOT, "  meaning: %s, scaled to %.6f over the %d nearest articles%n",
        hit.meaningRank() == 0 ? "not among the nearest" : "rank " + hit.meaningRank(), hit.meaning(),
        semantic.neighbours()));
    if (hit.wordRank() == 0) {
      PassageSnippets.closest(searcher, doc, semantic.vector()).ifPresent(passage -> text.append(String.format(
          Locale.ROOT, "  snippet: body characters %d to %d, the passage closest in meaning (similarity %.6f)%n",
          passage.start(), passage.end(), passage.similarity())));
    }
    if (words != null) {
      text.append(String.format(Locale.ROOT, "  words: %s, scaled to %.6f over the %d best matches%n",
          hit.wordRank() == 0 ? "no match" : "rank " + hit.wordRank(), hit.words(), semantic.candidates()));
      Explanation byWords = searcher.explain(view.filtered(words, plan.within()), doc);
      if (byWords.isMatch()) {
        text.append(byWords.toString().indent(4));
      }
    }
    return text.toString();
  }

  /** The fused ranking, deep enough for {@code depth} hits, and how many articles match by words. */
  private record Fusion(List<Fused<Integer>> ranked, long wordTotal) {}

  /**
   * The candidates by words and the nearest articles fused, then the matches by words past the
   * candidates, as far as {@code depth} hits need (the nearest may be among those passed over).
   */
  private Fusion fuse(Query words, Query nearest, int depth) throws IOException {
    List<Ranked<Integer>> byWords = List.of();
    long wordTotal = 0;
    TopDocs near = searcher.search(nearest, semantic.neighbours());
    if (words != null) {
      TopDocs top = searcher.search(view.filtered(words, plan.within()),
          Math.max(semantic.candidates(), depth + near.scoreDocs.length));
      byWords = ranked(top);
      wordTotal = top.totalHits.value();
    }
    int candidates = Math.min(semantic.candidates(), byWords.size());
    List<Fused<Integer>> fused = HybridFusion.fuse(byWords.subList(0, candidates), ranked(near), semantic);
    return new Fusion(HybridFusion.then(fused, byWords.subList(candidates, byWords.size()), semantic), wordTotal);
  }

  private static List<Ranked<Integer>> ranked(TopDocs top) {
    List<Ranked<Integer>> ranked = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      ranked.add(new Ranked<>(hit.doc, hit.score));
    }
    return ranked;
  }

  /** The nearest articles by meaning within every filter, as a query matching exactly them, scored by similarity. */
  private Query nearest() throws IOException {
    Query filter = view.filterOf(plan.within());
    if (semantic.exclusions() != null) {
      Query allowed = view.query(semantic.exclusions());
      filter = filter == null ? allowed
          : new BooleanQuery.Builder().add(filter, Occur.FILTER).add(allowed, Occur.FILTER).build();
    }
    return searcher.rewrite(
        new NearestArticles(semantic.vector(), semantic.neighbours(), filter));
  }

  private static Query union(Query words, Query nearest) {
    return words == null ? nearest
        : new BooleanQuery.Builder().add(words, Occur.SHOULD).add(nearest, Occur.SHOULD).build();
  }
}

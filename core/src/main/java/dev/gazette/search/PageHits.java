package dev.gazette.search;

import dev.gazette.SearchResult.Hit;
import dev.gazette.SearchResult.Snippets;
import dev.gazette.index.HitFields;
import dev.gazette.index.HitSummaries;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** A page of Lucene hits as the API's {@link Hit}s: what the searches of the embedded backend return. */
final class PageHits {
  private PageHits() {}

  /** The hits of {@code page}: their summaries, {@code snippets} if any, and the values of {@code fields}. */
  static List<Hit> read(IndexSearcher searcher, ScoreDoc[] page, Snippets[] snippets, boolean scored,
      List<String> fields) throws IOException {
    int[] docIds = docIds(page);
    HitSummaries.Summary[] summaries = HitSummaries.read(searcher, docIds);
    List<Map<String, List<String>>> values = fields.isEmpty() ? null : HitFields.read(searcher, docIds, fields);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      HitSummaries.Summary summary = summaries[i];
      Float score = scored ? (Float) ((FieldDoc) page[i]).fields[0] : null;
      hits.add(new Hit(
          summary.id(),
          score,
          summary.title(),
          summary.published(),
          summary.haiku() == null ? List.of() : List.of(summary.haiku().split("\n")),
          snippets == null ? null : snippets[i],
          values == null ? Map.of() : values.get(i)));
    }
    return hits;
  }

  /** The Lucene document ids of {@code page}, in order. */
  static int[] docIds(ScoreDoc[] page) {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    return docIds;
  }
}

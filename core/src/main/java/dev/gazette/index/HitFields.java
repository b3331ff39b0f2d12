package dev.gazette.index;

import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * The fields a search asked each hit to carry ({@code fields=topics,url,body}): stored article
 * fields read from the stored document, facet dimensions (those a source gives and those extracted,
 * such as {@code country}) read from the facet doc values. Every field is a list of values, empty
 * when the article has none; facet values in sorted order, the body as its paragraphs.
 */
public final class HitFields {
  /** The stored article fields a hit may carry, beside the facet dimensions. */
  public static final List<String> STORED = List.of(
      Schema.BODY, Schema.REFERENCES, Schema.URL, Schema.AUTHOR, Schema.SECTION, Schema.LANGUAGE, Schema.TAGS);
  private static final String PARAGRAPH_BREAK = "\n\n";

  private HitFields() {}

  /** The {@code fields} of each of the documents {@code docIds} of {@code searcher}, in the same order. */
  public static List<Map<String, List<String>>> read(IndexSearcher searcher, int[] docIds, List<String> fields)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Set<String> stored = new HashSet<>(fields);
    stored.retainAll(STORED);
    Set<String> dims = new HashSet<>(fields);
    dims.removeAll(STORED);
    List<Map<String, List<String>>> all = new ArrayList<>(docIds.length);
    for (int doc : docIds) {
      Document document = stored.isEmpty() ? null : reader.storedFields().document(doc, stored);
      Map<String, List<String>> facets = dims.isEmpty() ? Map.of() : facetValues(reader, doc, dims);
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (String field : fields) {
        values.put(field, STORED.contains(field)
            ? values(field, document.getValues(field))
            : facets.getOrDefault(field, List.of()).stream().sorted().toList());
      }
      all.add(values);
    }
    return all;
  }

  /** The values of the stored field {@code field} as a hit carries them: the body split into paragraphs, blanks dropped. */
  public static List<String> values(String field, String... raw) {
    return Arrays.stream(raw)
        .flatMap(value -> field.equals(Schema.BODY) ? Arrays.stream(value.split(PARAGRAPH_BREAK)) : Arrays.stream(new String[] {value}))
        .filter(value -> value != null && !value.isEmpty())
        .toList();
  }

  private static Map<String, List<String>> facetValues(IndexReader reader, int doc, Set<String> dims) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedSetDocValues labels = leaf.reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    Map<String, List<String>> values = new HashMap<>();
    if (labels != null && labels.advanceExact(doc - leaf.docBase)) {
      for (int i = 0; i < labels.docValueCount(); i++) {
        String[] path = FacetsConfig.stringToPath(labels.lookupOrd(labels.nextOrd()).utf8ToString());
        if (path.length == 2 && dims.contains(path[0])) {
          values.computeIfAbsent(path[0], d -> new ArrayList<>()).add(path[1]);
        }
      }
    }
    return values;
  }
}

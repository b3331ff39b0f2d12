package dev.gazette.bench.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The raw-Lucene baseline's analysis, written out by hand with Lucene's own factories: the same
 * chains Gazette's default configuration builds (standard tokenizer, English possessive, lower
 * case, ASCII folding, then stop words and Porter stemming for the ranked fields; the {@code
 * .exact} twins stop before stop words), the same BM25 (k1 0.9, b 0.4) and the same facet
 * dimensions (multi-valued, the date hierarchical).
 */
public final class RawSchema {
  /** The ranked text fields. */
  public static final List<String> TEXT_FIELDS = List.of("title", "haiku", "body", "references");
  /** Facet dimensions the corpora use. */
  public static final List<String> DIMENSIONS = List.of(
      "country", "person", "organization", "author", "section", "language", "tags", "topics", "places", "people", "orgs", "exchanges");

  private final Analyzer analyzer;
  private final FacetsConfig facets;

  /** The schema of the baseline indexes. */
  public RawSchema() {
    try {
      Analyzer english = CustomAnalyzer.builder().withTokenizer("standard")
          .addTokenFilter("englishPossessive").addTokenFilter("lowercase").addTokenFilter("asciiFolding")
          .addTokenFilter("stop").addTokenFilter("porterStem").build();
      Analyzer exact = CustomAnalyzer.builder().withTokenizer("standard")
          .addTokenFilter("englishPossessive").addTokenFilter("lowercase").addTokenFilter("asciiFolding").build();
      Map<String, Analyzer> byField = new HashMap<>();
      TEXT_FIELDS.forEach(field -> byField.put(field + ".exact", exact));
      this.analyzer = new PerFieldAnalyzerWrapper(english, byField);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.facets = new FacetsConfig();
    DIMENSIONS.forEach(dim -> facets.setMultiValued(dim, true));
    facets.setHierarchical("published", true);
  }

  /** Stemmed English for every field, unstemmed for {@code *.exact}. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The facet configuration. */
  public FacetsConfig facets() {
    return facets;
  }

  /** BM25 with Gazette's parameters. */
  public static Similarity similarity() {
    return new BM25Similarity(0.9f, 0.4f);
  }
}

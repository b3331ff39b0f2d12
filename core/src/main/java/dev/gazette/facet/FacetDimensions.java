package dev.gazette.facet;

import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

/**
 * Lucene's facet configuration for Gazette: every dimension is multi-valued, except the
 * publication date, which is a single-valued year/month/day hierarchy.
 */
public final class FacetDimensions extends FacetsConfig {
  private static final DimConfig MULTI_VALUED = multiValued();

  /** The configuration every Gazette index uses. */
  public FacetDimensions() {
    setHierarchical(Schema.PUBLISHED, true);
  }

  @Override
  protected DimConfig getDefaultDimConfig() {
    return MULTI_VALUED;
  }

  private static DimConfig multiValued() {
    DimConfig config = new DimConfig();
    config.multiValued = true;
    return config;
  }

  /**
   * The drill-down terms Lucene indexes for {@code paths} (each dimension's paths, a path being one
   * label or a date's year, month and day) in the one field a {@code dim:value} clause is scored on:
   * each dimension, each path and each path's beginnings, as {@link #build} writes them. A backend
   * that indexes them beside its own facet fields scores that clause with the same statistics.
   */
  public List<String> drillDownTerms(Map<String, ? extends Collection<String[]>> paths) {
    Document doc = new Document();
    paths.forEach((dim, values) -> values.forEach(path -> doc.add(new SortedSetDocValuesFacetField(dim, path))));
    try {
      return build(doc).getFields().stream()
          .filter(field -> field.fieldType().indexOptions() != IndexOptions.NONE)
          .map(IndexableField::stringValue).distinct().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A facet label made safe: Lucene reserves the unit separator, and labels must not be blank. */
  public static String label(String value) {
    return value.replace('\u001f', ' ').strip();
  }
}

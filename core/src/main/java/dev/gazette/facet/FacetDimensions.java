package dev.gazette.facet;

import dev.gazette.analysis.Schema;
import org.apache.lucene.facet.FacetsConfig;

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

  /** A facet label made safe: Lucene reserves the unit separator, and labels must not be blank. */
  public static String label(String value) {
    return value.replace('\u001f', ' ').strip();
  }
}

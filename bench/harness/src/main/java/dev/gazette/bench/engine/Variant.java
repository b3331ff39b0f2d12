package dev.gazette.bench.engine;

import java.util.List;

/** What a search returns besides the top ten hits (id, title, date, haiku) and the exact total. */
public enum Variant {
  /** Hits and total only. */
  PLAIN("top 10"),
  /** Plus counts of the top ten values of three facet dimensions. */
  FACETS("top 10 + facets"),
  /** Plus the highlighted title and up to three body passages of each hit. */
  HIGHLIGHT("top 10 + highlight");

  /** The facet dimensions the {@link #FACETS} variant counts. */
  public static final List<String> FACET_DIMENSIONS = List.of("country", "topics", "places");

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  /** How tables name it. */
  public String label() {
    return label;
  }

  /** Whether facet counts are asked for. */
  public boolean facets() {
    return this == FACETS;
  }

  /** Whether snippets are asked for. */
  public boolean highlight() {
    return this == HIGHLIGHT;
  }
}

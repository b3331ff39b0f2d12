package dev.gazette.search;

/**
 * How far the near-miss queries of typo tolerance may expand, and whether the proximity bonus is
 * kept, decided once per query from the clause budget ({@link ClauseBudget}) and applied alike by
 * the Lucene query factory and the OpenSearch translation.
 *
 * <p>Prefixes always match every term they begin at one constant score (per field, its weight):
 * a prefix such as {@code co*} begins thousands of words, and a scored expansion would keep only
 * the first of them in term order (all expanded terms weigh the same), silently dropping most
 * matches; a constant-score prefix counts as a single clause whatever it expands to.
 *
 * @param fuzzyTerms the most near misses each typo-tolerant word expands to, the closest scored;
 *     {@code 0} when each matches all its near misses at one constant score instead
 * @param proximity whether the proximity bonus is kept
 */
public record Expansion(int fuzzyTerms, boolean proximity) {
  /** Most near misses a typo-tolerant word expands to, as Lucene's and OpenSearch's fuzzy default. */
  public static final int MAX_FUZZY_TERMS = 50;
  /** Every near miss scored at its full expansion, with the proximity bonus. */
  public static final Expansion FULL = new Expansion(MAX_FUZZY_TERMS, true);

  /** Whether near misses match at one constant score. */
  public boolean constantScore() {
    return fuzzyTerms == 0;
  }
}

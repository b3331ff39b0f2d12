package dev.gazette.search;

import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The total clause budget of one search. Lucene refuses a query whose rewritten form holds more
 * than {@link IndexSearcher#getMaxClauseCount()} leaf queries (1,024), and OpenSearch counts alike;
 * 64 typo-tolerant words over the four weighted fields alone would expand to 64 × 4 × 50 of them.
 * So the budget is spent for the whole query, not per word: its fixed leaves (words, phrases,
 * synonyms, constant-score prefixes, the proximity bonus) are counted, and what is left is shared
 * evenly among its near-miss queries. When the share would be too small to rank by, those match all
 * their near misses at a constant score; when even that does not fit, the proximity bonus goes; a
 * query that still does not fit is refused in words.
 */
public final class ClauseBudget {
  /** Fewest near misses per word worth scoring; below it, they match at a constant score. */
  static final int MIN_SCORED_TERMS = 8;
  /** Leaves kept for what wraps the ranking query: date range, recency, facet filters. */
  private static final int WRAPPING = SearchRequest.MAX_FILTERS + 8;

  private ClauseBudget() {}

  /** The leaves a ranking query may hold when {@code feedbackLeaves} are kept for feedback words. */
  public static int forRanking(int feedbackLeaves) {
    return IndexSearcher.getMaxClauseCount() - WRAPPING - feedbackLeaves;
  }

  /** The leaves left beside {@code ranking} and what wraps it, for more clauses (as feedback words); never negative. */
  public static int room(Query ranking) {
    return Math.max(0, IndexSearcher.getMaxClauseCount() - WRAPPING - leaves(ranking).total());
  }

  /**
   * The expansion under which the query {@code build} makes fits in {@code budget} leaves: in full
   * when it fits, else the largest even share of the rest for each scored multi-term query, else
   * constant scores, else constant scores without the proximity bonus.
   *
   * @throws InvalidRequestException when the query does not fit even then
   */
  public static Expansion plan(int budget, Function<Expansion, Query> build) {
    Count full = leaves(build.apply(Expansion.FULL));
    if (full.total() <= budget) {
      return Expansion.FULL;
    }
    int share = full.multiTerm() == 0 ? 0 : (budget - full.fixed()) / full.multiTerm();
    if (share >= MIN_SCORED_TERMS) {
      return new Expansion(share, true);
    }
    if (full.fixed() + full.multiTerm() <= budget) {
      return new Expansion(0, true);
    }
    Expansion leanest = new Expansion(0, false);
    if (leaves(build.apply(leanest)).total() <= budget) {
      return leanest;
    }
    throw tooManyTerms();
  }

  /** The refusal of a query too big to run, whichever engine found it so. */
  public static InvalidRequestException tooManyTerms() {
    return new InvalidRequestException("q", "the query searches too many terms at once; "
        + "use fewer words, shorter phrases or longer prefixes");
  }

  /**
   * The leaves of {@code query} ({@code null} for none) as Lucene counts them once rewritten: one
   * per term, phrase, constant-score multi-term query or other leaf, and for a multi-term query
   * scored by its top terms, that many.
   *
   * @param fixed leaves that are not scored multi-term queries
   * @param multiTerm scored multi-term queries
   * @param expanded the leaves the scored multi-term queries rewrite to
   */
  record Count(int fixed, int multiTerm, int expanded) {
    int total() {
      return fixed + expanded;
    }
  }

  static Count leaves(Query query) {
    Counter counter = new Counter();
    if (query != null) {
      query.visit(counter);
    }
    return new Count(counter.fixed, counter.multiTerm, counter.expanded);
  }

  /** Counts leaves as {@link IndexSearcher}'s own check does, excluded clauses included. */
  private static final class Counter extends QueryVisitor {
    int fixed;
    int multiTerm;
    int expanded;

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return this;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      fixed++;
    }

    @Override
    public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      if (query instanceof MultiTermQuery multiTermQuery
          && multiTermQuery.getRewriteMethod() instanceof TopTermsRewrite<?> top) {
        multiTerm++;
        expanded += top.getSize();
      } else {
        fixed++;
      }
    }

    @Override
    public void visitLeaf(Query query) {
      fixed++;
    }
  }
}

package dev.gazette.highlight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The part of a highlight query that can match in one field. A highlight query is a disjunction
 * of each word over the title and the body; to mark the title only the title's alternatives
 * count, so the others need not be looked up. Alternatives (optional clauses, dis-max disjuncts)
 * of other fields are dropped; anything else is kept whole, so what matches in the field never
 * changes.
 */
final class FieldQueries {
  private FieldQueries() {}

  /** The alternatives of {@code query} that can match in {@code field}, or {@code null} when none can. */
  static Query only(Query query, String field) {
    return switch (query) {
      case BoostQuery boost -> {
        Query inner = only(boost.getQuery(), field);
        yield inner == null ? null : inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
      }
      case DisjunctionMaxQuery disMax -> {
        List<Query> kept = new ArrayList<>();
        disMax.getDisjuncts().forEach(disjunct -> addIfMatching(kept, disjunct, field));
        yield kept.isEmpty() ? null : new DisjunctionMaxQuery(kept, disMax.getTieBreakerMultiplier());
      }
      case BooleanQuery bool when isDisjunction(bool) -> {
        List<Query> kept = new ArrayList<>();
        bool.clauses().forEach(clause -> addIfMatching(kept, clause.query(), field));
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        kept.forEach(clause -> builder.add(clause, Occur.SHOULD));
        yield kept.isEmpty() ? null : builder.build();
      }
      default -> fields(query).stream().anyMatch(name -> name == null || name.equals(field)) ? query : null;
    };
  }

  /**
   * The words of {@code query}, one per term query, when it is a disjunction of term queries only
   * (optional clauses, dis-max disjuncts and boosts, nested in any way); otherwise {@code null}.
   */
  static List<Term> wordsOnly(Query query) {
    List<Term> words = new ArrayList<>();
    return addWords(query, words) ? words : null;
  }

  private static boolean addWords(Query query, List<Term> words) {
    return switch (query) {
      case TermQuery term -> words.add(term.getTerm());
      case BoostQuery boost -> addWords(boost.getQuery(), words);
      case DisjunctionMaxQuery disMax -> disMax.getDisjuncts().stream().allMatch(disjunct -> addWords(disjunct, words));
      case BooleanQuery bool when isDisjunction(bool) -> bool.clauses().stream().allMatch(clause -> addWords(clause.query(), words));
      default -> false;
    };
  }

  private static void addIfMatching(List<Query> kept, Query alternative, String field) {
    Query restricted = only(alternative, field);
    if (restricted != null) {
      kept.add(restricted);
    }
  }

  private static boolean isDisjunction(BooleanQuery bool) {
    if (bool.getMinimumNumberShouldMatch() > 0) {
      return false;
    }
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() != Occur.SHOULD) {
        return false;
      }
    }
    return true;
  }

  /** The fields {@code query} reads; {@code null} among them for a leaf that names none. */
  private static Set<String> fields(Query query) {
    Set<String> fields = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return false;
      }

      @Override
      public void visitLeaf(Query leaf) {
        fields.add(null);
      }
    });
    return fields;
  }
}

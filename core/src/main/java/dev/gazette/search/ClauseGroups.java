package dev.gazette.search;

import dev.gazette.search.Clause.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The clauses of a parsed query sorted the way a ranking query combines them: groups of
 * alternatives (the words of one {@code OR} group), each group required or optional by the
 * operator, and the excluded clauses. Shared by the Lucene query factory and the OpenSearch
 * translation, so both engines group a query alike; {@code Q} is the engine's query type.
 *
 * @param groups the alternatives of each group, in query order; empty when no clause yields a query
 * @param excluded the queries of the excluded clauses
 */
public record ClauseGroups<Q>(List<List<Q>> groups, List<Q> excluded) {

  /**
   * Groups {@code clauses} with {@code query} giving each clause's query ({@code null} when
   * analysis leaves nothing of it, as for a stop word). When no clause yields a query, the plain
   * words are searched by {@code stopWordQuery} instead (also {@code null} when it has nothing), so
   * that a query of stop words alone ("the who") still finds the articles holding them.
   */
  public static <Q> ClauseGroups<Q> of(List<Clause> clauses, Function<Clause, Q> query,
      Function<Clause, Q> stopWordQuery) {
    Map<Integer, List<Q>> groups = new LinkedHashMap<>();
    List<Q> excluded = new ArrayList<>();
    List<Clause> stopWordsOnly = new ArrayList<>();
    for (Clause clause : clauses) {
      Q built = query.apply(clause);
      if (built == null) {
        if (clause.kind() == Kind.WORD && !clause.excluded()) {
          stopWordsOnly.add(clause);
        }
      } else if (clause.excluded()) {
        excluded.add(built);
      } else {
        groups.computeIfAbsent(clause.group(), g -> new ArrayList<>()).add(built);
      }
    }
    if (groups.isEmpty()) {
      for (Clause clause : stopWordsOnly) {
        Q built = stopWordQuery.apply(clause);
        if (built != null) {
          groups.computeIfAbsent(clause.group(), g -> new ArrayList<>()).add(built);
        }
      }
    }
    return new ClauseGroups<>(List.copyOf(groups.values()), List.copyOf(excluded));
  }
}

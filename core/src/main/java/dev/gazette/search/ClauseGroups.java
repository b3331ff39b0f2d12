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
   * analysis leaves nothing of it, as for a stop word). A query whose words are all stop words
   * ("the who", "to be or not to be"), or whose words analysis leaves nothing of, is one phrase of
   * those words searched by {@code stopWordPhrase} in the unstemmed fields that keep them ({@code
   * null} when it has nothing): a reader typing {@code The Who} means the band, not every article.
   */
  public static <Q> ClauseGroups<Q> of(List<Clause> clauses, Function<Clause, Q> query,
      Function<Clause, Q> stopWordPhrase) {
    Map<Integer, List<Q>> groups = new LinkedHashMap<>();
    List<Q> excluded = new ArrayList<>();
    List<Clause> positive = clauses.stream().filter(c -> !c.excluded()).toList();
    boolean stopWordsOnly = StopWords.only(positive);
    List<Clause> dropped = new ArrayList<>();
    for (Clause clause : clauses) {
      Q built = clause.excluded() || !stopWordsOnly ? query.apply(clause) : null;
      if (built == null) {
        if (clause.kind() == Kind.WORD && !clause.excluded()) {
          dropped.add(clause);
        }
      } else if (clause.excluded()) {
        excluded.add(built);
      } else {
        groups.computeIfAbsent(clause.group(), g -> new ArrayList<>()).add(built);
      }
    }
    if (groups.isEmpty() && !dropped.isEmpty()) {
      String words = String.join(" ", dropped.stream().map(Clause::text).toList());
      Q phrase = stopWordPhrase.apply(new Clause(Kind.PHRASE, null, words, false, dropped.get(0).group()));
      if (phrase != null) {
        groups.put(dropped.get(0).group(), List.of(phrase));
      }
    }
    return new ClauseGroups<>(List.copyOf(groups.values()), List.copyOf(excluded));
  }
}

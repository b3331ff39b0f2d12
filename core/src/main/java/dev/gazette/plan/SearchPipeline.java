package dev.gazette.plan;

import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.analysis.Schema;
import dev.gazette.search.Clause;
import dev.gazette.search.ClauseBudget;
import dev.gazette.search.RequestChecks;
import dev.gazette.search.Spelling;
import dev.gazette.search.UserQueryParser;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/**
 * One search, the same for every backend: the request checked against the index's dimensions, its
 * person filters widened, its query parsed and planned, searched again with near misses when
 * nothing matches, a spelling correction offered when few do, and the result assembled; and
 * explain's choice of the query that ranked a hit. The backend only runs what it is given ({@link
 * Searchable}).
 */
public final class SearchPipeline {
  /** Below this many matches, a spelling correction is looked for. */
  public static final int FEW_RESULTS = 5;

  private final QueryPlanner planner;
  private volatile Vocabulary vocabulary;

  /** The facet dimensions of an index and the query parser knowing them as fields. */
  private record Vocabulary(Set<String> dimensions, UserQueryParser parser) {}

  /** A pipeline planning with {@code planner}. */
  public SearchPipeline(QueryPlanner planner) {
    this.planner = planner;
  }

  /**
   * The result of {@code asked} on {@code index}; a query too big for Lucene's clause limit even
   * within the clause budget is refused as an invalid request, never a failure.
   */
  public SearchResult search(Searchable index, SearchRequest asked) throws IOException {
    long started = System.nanoTime();
    try {
      Parsed parsed = parse(index, asked);
      SearchRequest request = parsed.request();
      Matches matches = index.run(planner.plan(request, parsed.clauses(), false));
      long exactTotal = matches.total();
      boolean typoTolerant = false;
      if (exactTotal == 0 && QueryPlanner.retriesWithTypos(request, parsed.clauses())) {
        Matches tolerant = index.run(planner.plan(request, parsed.clauses(), true));
        if (tolerant.total() > 0) {
          matches = tolerant;
          typoTolerant = true;
        }
      }
      String didYouMean = request.didYouMean() && exactTotal < FEW_RESULTS ? didYouMean(index, parsed, exactTotal) : null;
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResult(matches.total(), tookMs, matches.hits(), matches.facets(), matches.nextCursor(),
          didYouMean, typoTolerant, matches.timeline(), matches.timedOut());
    } catch (IndexSearcher.TooManyClauses e) {
      throw ClauseBudget.tooManyTerms();
    }
  }

  /**
   * How {@code id} scores for {@code asked}, or empty when it does not match: the explanation of
   * the plan that ranked it in {@link #search}, near misses included when only they match.
   */
  public Optional<String> explain(Searchable index, SearchRequest asked, String id) throws IOException {
    try {
      Parsed parsed = parse(index, asked);
      QueryPlan plan = planner.plan(parsed.request(), parsed.clauses(), false);
      if (QueryPlanner.retriesWithTypos(parsed.request(), parsed.clauses()) && index.count(plan) == 0) {
        plan = planner.plan(parsed.request(), parsed.clauses(), true);
      }
      return index.explain(plan, id);
    } catch (IndexSearcher.TooManyClauses e) {
      throw ClauseBudget.tooManyTerms();
    }
  }

  /** A checked and widened request, its clauses, and the parser that read them. */
  private record Parsed(SearchRequest request, List<Clause> clauses, UserQueryParser parser) {}

  private Parsed parse(Searchable index, SearchRequest asked) throws IOException {
    Vocabulary known = vocabulary(index.dimensions());
    RequestChecks.check(asked, known.dimensions());
    SearchRequest request = index.widen(asked);
    return new Parsed(request, known.parser().parseSearch(request.query(), request.prefixLast()), known.parser());
  }

  /**
   * A corrected query: each plain word no title or body holds replaced by the closest word the
   * bodies hold, offered when the correction finds more articles than {@code total}.
   */
  private String didYouMean(Searchable index, Parsed parsed, long total) throws IOException {
    String corrected = parsed.request().query();
    boolean changed = false;
    for (String text : Spelling.correctable(parsed.clauses())) {
      String word = planner.schema().exact().normalize(Spelling.FIELD, text).utf8ToString();
      if (word.isEmpty() || index.holds(word)) {
        continue;
      }
      Optional<String> closest = index.closest(word);
      if (closest.isPresent()) {
        corrected = Spelling.replace(corrected, text, closest.get());
        changed = true;
      }
    }
    if (!changed) {
      return null;
    }
    QueryPlan plan = planner.plan(parsed.request(), parsed.parser().parseSearch(corrected, false), false);
    return index.count(plan) > total ? corrected : null;
  }

  /** The vocabulary of {@code dimensions} (never changed after), built once per set of dimensions rather than per search. */
  private Vocabulary vocabulary(Set<String> dimensions) {
    Vocabulary known = vocabulary;
    if (known != null && (known.dimensions() == dimensions || known.dimensions().equals(dimensions))) {
      return known;
    }
    Set<String> fields = new HashSet<>(Schema.TEXT_FIELDS);
    fields.add(Schema.ID);
    fields.addAll(dimensions);
    Vocabulary built = new Vocabulary(dimensions, new UserQueryParser(fields));
    vocabulary = built;
    return built;
  }
}

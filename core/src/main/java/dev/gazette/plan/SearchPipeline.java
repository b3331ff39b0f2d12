package dev.gazette.plan;

import dev.gazette.EmbeddingProgress;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import dev.gazette.SearchResult;
import dev.gazette.analysis.Schema;
import dev.gazette.search.Clause;
import dev.gazette.search.ClauseBudget;
import dev.gazette.search.RequestChecks;
import dev.gazette.search.Spelling;
import dev.gazette.search.UserQueryParser;
import dev.gazette.vector.QueryVectors;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
  private final QueryVectors vectors;
  private volatile Vocabulary vocabulary;

  /** The facet dimensions of an index and the query parser knowing them as fields. */
  private record Vocabulary(Set<String> dimensions, UserQueryParser parser) {}

  /** A pipeline planning with {@code planner}, embedding queries with {@code vectors} ({@code null}: words only). */
  public SearchPipeline(QueryPlanner planner, QueryVectors vectors) {
    this.planner = planner;
    this.vectors = vectors;
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
      Meaning meaning = meaning(index, parsed);
      Matches matches = index.run(planner.plan(request, parsed.clauses(), false, meaning.vector()));
      long exactTotal = matches.wordTotal();
      boolean byWords = meaning.mode() != SearchRequest.Mode.SEMANTIC;
      boolean typoTolerant = false;
      if (byWords && exactTotal == 0 && QueryPlanner.retriesWithTypos(request, parsed.clauses())) {
        Matches tolerant = index.run(planner.plan(request, parsed.clauses(), true, meaning.vector()));
        if (tolerant.wordTotal() > 0) {
          matches = tolerant;
          typoTolerant = true;
        }
      }
      String didYouMean = byWords && request.didYouMean() && exactTotal < FEW_RESULTS
          ? didYouMean(index, parsed, exactTotal) : null;
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      return new SearchResult(matches.total(), tookMs, matches.hits(), matches.facets(), matches.nextCursor(),
          didYouMean, typoTolerant, matches.timeline(), matches.timedOut(), meaning.mode(), meaning.progress());
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
      float[] vector = meaning(index, parsed).vector();
      QueryPlan plan = planner.plan(parsed.request(), parsed.clauses(), false, vector);
      if (QueryPlanner.retriesWithTypos(parsed.request(), parsed.clauses())
          && index.count(planner.plan(parsed.request(), parsed.clauses(), false)) == 0) {
        plan = planner.plan(parsed.request(), parsed.clauses(), true, vector);
      }
      return index.explain(plan, id);
    } catch (IndexSearcher.TooManyClauses e) {
      throw ClauseBudget.tooManyTerms();
    }
  }

  /**
   * What a search ranks by, decided: the mode, the query's vector ({@code null} for words only) and
   * how far the index is embedded ({@code null} without an embedder).
   */
  private record Meaning(SearchRequest.Mode mode, float[] vector, EmbeddingProgress progress) {}

  /**
   * The mode of {@code parsed}: as asked, or by default hybrid once the index holds vectors; words
   * only for a query with no words to embed, or when the model stays busy. Asking for meaning from
   * an engine without an embedder is refused; from a backend that keeps no vectors, its run says so.
   */
  private Meaning meaning(Searchable index, Parsed parsed) throws IOException {
    SearchRequest.Mode asked = parsed.request().mode();
    if (vectors == null) {
      if (asked != null && asked != SearchRequest.Mode.LEXICAL) {
        throw new InvalidRequestException("mode", "search by meaning needs an embedder, and this engine has none; "
            + "search with mode=lexical");
      }
      return new Meaning(SearchRequest.Mode.LEXICAL, null, null);
    }
    EmbeddingProgress progress = index.embedding(vectors.model()).orElse(null);
    String text = parsed.clauses().stream().filter(c -> !c.excluded()).map(Clause::text)
        .collect(Collectors.joining(" "));
    boolean wanted = asked == null ? progress != null && progress.embedded() > 0 : asked != SearchRequest.Mode.LEXICAL;
    Optional<float[]> vector = wanted && !text.isBlank() ? vectors.of(text) : Optional.empty();
    return vector.map(v -> new Meaning(asked == null ? SearchRequest.Mode.HYBRID : asked, v, progress))
        .orElseGet(() -> new Meaning(SearchRequest.Mode.LEXICAL, null, progress));
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
   * bodies hold within the typo retry's reach (two edits only for long words), offered when the
   * correction finds more articles than {@code total}.
   */
  private String didYouMean(Searchable index, Parsed parsed, long total) throws IOException {
    String corrected = parsed.request().query();
    boolean changed = false;
    for (String text : Spelling.correctable(parsed.clauses())) {
      String word = planner.schema().exact().normalize(Spelling.FIELD, text).utf8ToString();
      if (word.isEmpty() || index.holds(word)) {
        continue;
      }
      Optional<String> closest = index.closest(word, QueryPlanner.correctionEdits(word));
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

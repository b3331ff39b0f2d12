package dev.gazette.plan;

import dev.gazette.EmbeddingProgress;
import dev.gazette.SearchRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link SearchPipeline} needs of a backend, on one consistent view of its index: it runs
 * plans, counts, knows words and explains scores; every decision is the pipeline's.
 */
public interface Searchable {
  /** The facet dimensions requests may name, built-in ones included. */
  Set<String> dimensions() throws IOException;

  /**
   * {@code request} with its person filters widened to the surnames and full names the index
   * treats as one person; the request itself on an index that knows no such aliases.
   */
  SearchRequest widen(SearchRequest request) throws IOException;

  /**
   * How far the index is embedded by the model named {@code model}; empty where the backend keeps
   * no vectors (then it is not asked how many articles it holds, which would cost a request).
   */
  Optional<EmbeddingProgress> embedding(String model) throws IOException;

  /** The matches of {@code plan}: total, page of hits, cursor, facet counts, timeline. */
  Matches run(QueryPlan plan) throws IOException;

  /** How many articles {@code plan} matches. */
  long count(QueryPlan plan) throws IOException;

  /** Whether any title or body holds {@code word} (normalized as the unstemmed fields are). */
  boolean holds(String word) throws IOException;

  /**
   * The word of the bodies closest to {@code word}, which none holds, at most {@code maxEdits} (1
   * or 2) edits away; empty when none is that close.
   */
  Optional<String> closest(String word, int maxEdits) throws IOException;

  /**
   * Why the article {@code id} scores as it does for {@code plan}, as the search scored it; empty
   * when there is no such article or it does not match.
   */
  Optional<String> explain(QueryPlan plan, String id) throws IOException;
}

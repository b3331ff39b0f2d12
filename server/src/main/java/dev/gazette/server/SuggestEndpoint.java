package dev.gazette.server;

import dev.gazette.Suggestion;
import dev.gazette.store.DataFolder;
import java.util.List;
import java.util.Set;

/** {@code GET /api/suggest?q=&limit=}: completions as the user types, the typed part marked. */
final class SuggestEndpoint {
  private static final int DEFAULT_LIMIT = 8;

  private final DataFolder data;

  SuggestEndpoint(DataFolder data) {
    this.data = data;
  }

  /**
   * The answer.
   *
   * @param q what was typed
   * @param suggestions completions, phrases first, then titles
   */
  record Suggestions(String q, List<Suggestion> suggestions) {}

  /** Answers the request; core refuses a limit out of range (400). */
  Reply handle(Call call) {
    Params params = Params.of(call.query(), Set.of("q", "limit"));
    String typed = params.one("q") == null ? "" : params.one("q");
    int limit = params.integer("limit", DEFAULT_LIMIT);
    return Reply.ok(new Suggestions(typed, data.withLive(gazette -> gazette.suggest(typed, limit, null, null))));
  }
}

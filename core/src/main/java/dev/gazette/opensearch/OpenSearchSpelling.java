package dev.gazette.opensearch;

import static dev.gazette.opensearch.OpenSearchJson.single;
import static dev.gazette.opensearch.OpenSearchJson.wrap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.gazette.search.Spelling;
import java.util.Optional;

/**
 * The spelling questions of "did you mean" in OpenSearch's language: whether a title or body holds
 * a word (a {@code term} query on the unstemmed fields), and the closest word the bodies hold
 * (the term suggester: the same DirectSpellChecker as the embedded engine, with the same defaults).
 */
final class OpenSearchSpelling {
  private static final String SUGGESTION = "word";

  private OpenSearchSpelling() {}

  /** The query of articles whose unstemmed title or body holds {@code word}. */
  static JsonObject holding(String word) {
    JsonArray should = new JsonArray();
    for (String field : new String[] {Spelling.FIELD, Spelling.TITLE_FIELD}) {
      should.add(wrap("term", single(field, new JsonPrimitive(word))));
    }
    return wrap("bool", single("should", should));
  }

  /** The {@code _search} body asking for the body word closest to {@code word}, at most {@code maxEdits} away. */
  static JsonObject closest(String word, int maxEdits) {
    JsonObject term = new JsonObject();
    term.addProperty("field", Spelling.FIELD);
    term.addProperty("max_edits", maxEdits);
    term.addProperty("suggest_mode", "missing");
    term.addProperty("analyzer", OpenSearchMapping.EXACT);
    term.addProperty("size", 1);
    JsonObject suggestion = new JsonObject();
    suggestion.addProperty("text", word);
    suggestion.add("term", term);
    JsonObject body = new JsonObject();
    body.addProperty("size", 0);
    body.add("suggest", single(SUGGESTION, suggestion));
    return body;
  }

  /** The word in the answer to {@link #closest(String, int)}; empty when none is close. */
  static Optional<String> closest(JsonObject response) {
    JsonArray options = response.getAsJsonObject("suggest").getAsJsonArray(SUGGESTION).get(0).getAsJsonObject()
        .getAsJsonArray("options");
    return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0).getAsJsonObject().get("text").getAsString());
  }
}

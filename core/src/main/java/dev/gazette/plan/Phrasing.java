package dev.gazette.plan;

import dev.gazette.plan.Match.Analysis;
import java.util.List;

/**
 * A clause's text as a phrase, worked out once for every field it is searched in: {@code text} is
 * null when it analyzes to nothing; when a synonym of several words makes it a choice of phrases,
 * each alternative is a phrase of its own without synonyms, their scores summed.
 *
 * @param text the clause's text, or {@code null} when analysis leaves nothing of it
 * @param analysis how the text is analyzed
 * @param alternatives the texts of a synonym's alternatives of several words, or empty
 */
record Phrasing(String text, Analysis analysis, List<String> alternatives) {
  /** The phrase in {@code field}, weighted {@code boost}, or {@code null}. */
  Match in(String field, float boost) {
    if (text == null) {
      return null;
    }
    if (alternatives.isEmpty()) {
      return new Match.Phrase(field, text, analysis, boost, 0);
    }
    return new Match.AnyOf(alternatives.stream()
        .<Match>map(alternative -> new Match.Phrase(field, alternative, analysis.indexed(), boost, 0)).toList());
  }
}

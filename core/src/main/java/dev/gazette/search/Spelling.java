package dev.gazette.search;

import dev.gazette.analysis.Schema;
import dev.gazette.search.Clause.Kind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean" on the embedded index: whether it holds a word, and the closest word it does hold
 * (Lucene's DirectSpellChecker over the unstemmed body text); which words are corrected, and when,
 * is the search pipeline's ({@code plan/SearchPipeline}).
 */
public final class Spelling {
  /** The field corrections come from. */
  public static final String FIELD = Schema.BODY + Schema.EXACT;
  /** The other field a word may be known from. */
  public static final String TITLE_FIELD = Schema.TITLE + Schema.EXACT;

  /** Lucene's checker with its defaults: candidates one edit away, then two when fewer than its inspections. */
  private final DirectSpellChecker checker;
  /** The same checker looking one edit away only. */
  private final DirectSpellChecker oneEdit;

  /** Spelling whose candidates share the near misses' automata of {@code automata}. */
  Spelling(FuzzyAutomata automata) {
    this.checker = new SharedAutomataSpellChecker(automata);
    this.oneEdit = new SharedAutomataSpellChecker(automata);
    oneEdit.setMaxEdits(1);
  }

  /** Whether a title or body of {@code reader} holds {@code word}, normalized as the unstemmed fields are. */
  static boolean holds(IndexReader reader, String word) throws IOException {
    return reader.docFreq(new Term(FIELD, word)) > 0 || reader.docFreq(new Term(TITLE_FIELD, word)) > 0;
  }

  /**
   * The body word of {@code reader} closest to {@code word}, which none holds, at most {@code
   * maxEdits} (1 or 2) edits away, as Lucene's checker chooses it; empty when none is that close.
   *
   * <p>The checker ranks by its score first, {@code 1 - edits / min(letters of either word)}: for a
   * word of three letters or more every candidate one edit away outscores every candidate two edits
   * away, so when one edit finds a candidate the second look, whose Levenshtein automata cost the
   * most, cannot change the best one and is skipped.
   */
  Optional<String> closest(IndexReader reader, String word, int maxEdits) throws IOException {
    Term term = new Term(FIELD, word);
    SuggestWord[] suggestions = oneEdit.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    if (suggestions.length == 0 && maxEdits > 1) {
      suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    }
    return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
  }

  /** The words of {@code clauses} a correction may replace: plain, unfielded, not excluded. */
  public static List<String> correctable(List<Clause> clauses) {
    return clauses.stream()
        .filter(c -> c.kind() == Kind.WORD && c.field() == null && !c.excluded() && !c.text().contains(" "))
        .map(Clause::text)
        .toList();
  }

  /** {@code query} with the first whole-word {@code word} (any case) replaced by {@code correction}, lower-cased. */
  public static String replace(String query, String word, String correction) {
    Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(query);
    return matcher.replaceFirst(Matcher.quoteReplacement(correction.toLowerCase(Locale.ROOT)));
  }
}

package dev.gazette.search;

import dev.gazette.analysis.Schema;
import dev.gazette.search.Clause.Kind;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each plain query word that no article contains with the closest word
 * the index does contain (Lucene's DirectSpellChecker over the unstemmed body text).
 */
public final class Spelling {
  /** The field corrections come from. */
  public static final String FIELD = Schema.BODY + Schema.EXACT;
  /** The other field a word may be known from. */
  public static final String TITLE_FIELD = Schema.TITLE + Schema.EXACT;

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer analyzer;

  /** Spelling checked against words normalized by {@code analyzer}. */
  Spelling(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** {@code query} with its unknown words corrected, or {@code null} when there is nothing to correct. */
  String correct(String query, List<Clause> clauses, IndexReader reader) throws IOException {
    String corrected = query;
    boolean changed = false;
    for (String text : correctable(clauses)) {
      String word = analyzer.normalize(FIELD, text).utf8ToString();
      if (word.isEmpty() || reader.docFreq(new Term(FIELD, word)) > 0 || reader.docFreq(new Term(TITLE_FIELD, word)) > 0) {
        continue;
      }
      SuggestWord[] suggestions = checker.suggestSimilar(new Term(FIELD, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (suggestions.length > 0) {
        corrected = replace(corrected, text, suggestions[0].string);
        changed = true;
      }
    }
    return changed ? corrected : null;
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

package dev.gazette.search;

import dev.gazette.search.Clause.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Joins runs of plain query words that form a multi-word synonym ({@code north korea}, {@code
 * united states}) into one clause, so the synonym filter sees the whole name and the name's
 * alternatives ({@code dprk}) are searched for it.
 */
public final class SynonymSpans {
  private final Analyzer analyzer;

  /** Spans found with {@code analyzer}, which applies the query synonyms. */
  public SynonymSpans(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** {@code clauses} with each multi-word synonym run merged into one word clause. */
  public List<Clause> merge(List<Clause> clauses) {
    List<Clause> merged = new ArrayList<>(clauses.size());
    int i = 0;
    while (i < clauses.size()) {
      int end = i;
      while (end < clauses.size() && isPlainWord(clauses, end)) {
        end++;
      }
      if (end - i < 2) {
        merged.add(clauses.get(i));
        i = Math.max(end, i + 1);
        continue;
      }
      merged.addAll(mergeRun(clauses.subList(i, end)));
      i = end;
    }
    return merged;
  }

  private static boolean isPlainWord(List<Clause> clauses, int index) {
    Clause clause = clauses.get(index);
    boolean alone = (index == 0 || clauses.get(index - 1).group() != clause.group())
        && (index + 1 == clauses.size() || clauses.get(index + 1).group() != clause.group());
    return clause.kind() == Kind.WORD && clause.field() == null && !clause.excluded() && alone;
  }

  private List<Clause> mergeRun(List<Clause> run) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[run.size()];
    for (int w = 0; w < run.size(); w++) {
      if (w > 0) {
        text.append(' ');
      }
      starts[w] = text.length();
      text.append(run.get(w).text());
    }
    int[] spanEnd = new int[run.size()];
    for (int w = 0; w < run.size(); w++) {
      spanEnd[w] = w;
    }
    for (int[] offsets : synonymOffsets(text.toString())) {
      int first = wordAt(starts, offsets[0]);
      int last = wordAt(starts, offsets[1] - 1);
      if (last > first) {
        spanEnd[first] = Math.max(spanEnd[first], last);
      }
    }
    List<Clause> merged = new ArrayList<>();
    int w = 0;
    while (w < run.size()) {
      int last = spanEnd[w];
      for (int k = w; k <= last; k++) {
        last = Math.max(last, spanEnd[k]);
      }
      Clause first = run.get(w);
      if (last == w) {
        merged.add(first);
      } else {
        String joined = String.join(" ", run.subList(w, last + 1).stream().map(Clause::text).toList());
        merged.add(new Clause(Kind.WORD, null, joined, false, first.group()));
      }
      w = last + 1;
    }
    return merged;
  }

  private static int wordAt(int[] starts, int offset) {
    int word = 0;
    while (word + 1 < starts.length && starts[word + 1] <= offset) {
      word++;
    }
    return word;
  }

  private List<int[]> synonymOffsets(String text) {
    List<int[]> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
          spans.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return spans;
  }
}

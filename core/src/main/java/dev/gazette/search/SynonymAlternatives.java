package dev.gazette.search;

import dev.gazette.analysis.Schema;
import dev.gazette.plan.Match.Analysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * The alternatives of query text whose synonyms span several words ({@code usa}: {@code u.s},
 * {@code u.s.a}, {@code united states}), each written as text that the chain documents are indexed
 * with ({@link Analysis#indexed()}) turns into that alternative's terms. Lucene makes such a phrase a
 * disjunction of one phrase per alternative, OpenSearch a span query scored otherwise; searching
 * the alternatives one by one, summed, lets both engines score them alike.
 */
public final class SynonymAlternatives {
  /**
   * A stop word standing for a gap a removed stop word left in an alternative: the indexing chain
   * removes it again, leaving the same gap ({@code united states of america}: {@code usa a america}).
   */
  private static final String GAP = "a";

  private final Schema schema;

  /** Alternatives of query text searched in indexes of {@code schema}. */
  public SynonymAlternatives(Schema schema) {
    this.schema = schema;
  }

  /**
   * The texts of {@code text}'s alternatives under {@code analysis}, in the order Lucene's query
   * builder searches them; empty when it has no alternative of several words (a single-word
   * synonym is one term of a synonym query, scored alike by both engines); {@code null} when
   * analysis leaves nothing of the text (stop words, punctuation). Both are read in one pass over
   * the text's tokens: a stemmer, the one filter the query chain adds to the words it is read
   * with here, never removes a token.
   */
  public List<String> of(String text, Analysis analysis) {
    Analyzer words = switch (analysis) {
      case ENGLISH_QUERY -> schema.queryEnglishUnstemmed();
      case EXACT_QUERY -> schema.queryExact();
      case ENGLISH, EXACT -> analysis.of(schema);
    };
    try {
      Shape shape = shape(words.tokenStream(Schema.BODY, text));
      if (shape == Shape.NOTHING) {
        return null;
      }
      if (shape == Shape.WORDS || analysis == analysis.indexed()) {
        return List.of();
      }
      try (TokenStream stream = words.tokenStream(Schema.BODY, text)) {
        return paths(stream);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a text's tokens are: none, words one per position, or words of which one spans several positions. */
  private enum Shape { NOTHING, WORDS, SPANNING }

  /**
   * The shape of {@code stream}'s tokens, read once without keeping them: almost no query has a
   * synonym of several words, and the few that do are analyzed again for their paths.
   */
  private static Shape shape(TokenStream tokens) throws IOException {
    try (TokenStream stream = tokens) {
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      Shape shape = Shape.NOTHING;
      while (stream.incrementToken()) {
        shape = shape == Shape.SPANNING || length.getPositionLength() > 1 ? Shape.SPANNING : Shape.WORDS;
      }
      stream.end();
      return shape;
    }
  }

  /**
   * The text of every path through the synonym graph of {@code stream}. Their number multiplies
   * with each name that has alternatives ({@code uk} repeated twenty times in quotes makes
   * trillions), and each is a clause of the query, so beyond the clause budget the query is
   * refused before more are read.
   */
  private static List<String> paths(TokenStream stream) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Iterator<TokenStream> it = new GraphTokenStreamFiniteStrings(stream).getFiniteStrings(); it.hasNext(); ) {
      if (texts.size() == IndexSearcher.getMaxClauseCount()) {
        throw ClauseBudget.tooManyTerms();
      }
      texts.add(text(it.next()));
    }
    return texts;
  }

  private static String text(TokenStream path) throws IOException {
    TermToBytesRefAttribute term = path.addAttribute(TermToBytesRefAttribute.class);
    PositionIncrementAttribute increment = path.addAttribute(PositionIncrementAttribute.class);
    List<String> words = new ArrayList<>();
    path.reset();
    while (path.incrementToken()) {
      for (int gap = 1; gap < increment.getPositionIncrement(); gap++) {
        words.add(GAP);
      }
      words.add(term.getBytesRef().utf8ToString());
    }
    path.end();
    path.close();
    return String.join(" ", words);
  }
}

package dev.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Lucene's query builder for one query analyzer that analyzes each text once however many fields
 * it is searched in, keeping its tokens for the next field. A query analyzer gives the same
 * tokens whatever the field (it does not look at the field's name), and a plan searches each word
 * in every weighted field, so analyzing the same short text again and again was most of what
 * turning a plan into a Lucene query cost. One token is its term query and plain words one after
 * another their phrase, both made as Lucene's builder makes them; any other shape (stacked
 * synonyms, a synonym of several words) is replayed to Lucene's builder as a token stream. For one
 * translation: not safe for concurrent use.
 */
final class AnalyzedOnce extends QueryBuilder {
  private final Map<String, List<Token>> analyzed = new HashMap<>();

  /** A builder analyzing with {@code analyzer}. */
  AnalyzedOnce(Analyzer analyzer) {
    super(analyzer);
  }

  @Override
  protected Query createFieldQuery(Analyzer analyzer, BooleanClause.Occur operator, String field, String queryText,
      boolean quoted, int phraseSlop) {
    List<Token> tokens = analyzed.computeIfAbsent(queryText, text -> tokens(analyzer, field, text));
    if (tokens.size() == 1) {
      Token only = tokens.get(0);
      return newTermQuery(new Term(field, only.term()), only.boost());
    }
    if (quoted && getEnablePositionIncrements() && isPlainPhrase(tokens)) {
      return phrase(tokens, field, phraseSlop);
    }
    return createFieldQuery(new Replay(tokens), operator, field, quoted, phraseSlop);
  }

  /**
   * Whether {@code tokens} are several words one after another, none a synonym stacked on another
   * or spanning positions: the phrase Lucene's builder makes of them is then read off the tokens.
   */
  private static boolean isPlainPhrase(List<Token> tokens) {
    if (tokens.size() < 2) {
      return false;
    }
    for (Token token : tokens) {
      if (token.increment() < 1 || token.length() != 1) {
        return false;
      }
    }
    return true;
  }

  /** The phrase query Lucene's builder makes of plain tokens ({@code analyzePhrase}), built without replaying them. */
  private static Query phrase(List<Token> tokens, String field, int slop) {
    PhraseQuery.Builder builder = new PhraseQuery.Builder();
    builder.setSlop(slop);
    int position = -1;
    float boost = BoostAttribute.DEFAULT_BOOST;
    for (Token token : tokens) {
      position += token.increment();
      builder.add(new Term(field, token.term()), position);
      boost *= token.boost();
    }
    PhraseQuery query = builder.build();
    return boost == BoostAttribute.DEFAULT_BOOST ? query : new BoostQuery(query, boost);
  }

  /** What Lucene's query builder reads of a token; a text of one token is its term, as Lucene's builder makes it. */
  private record Token(BytesRef term, int increment, int length, float boost) {}

  private static List<Token> tokens(Analyzer analyzer, String field, String text) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      BoostAttribute boost = stream.addAttribute(BoostAttribute.class);
      List<Token> tokens = new ArrayList<>();
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(BytesRef.deepCopyOf(term.getBytesRef()), increment.getPositionIncrement(),
            length.getPositionLength(), boost.getBoost()));
      }
      stream.end();
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The kept tokens of a text, as a token stream of their own, read again from the start after each
   * reset (closing it releases nothing).
   */
  private static final class Replay extends TokenStream {
    private final List<Token> tokens;
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final BoostAttribute boost = addAttribute(BoostAttribute.class);
    private int next;

    Replay(List<Token> tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.size()) {
        return false;
      }
      clearAttributes();
      Token token = tokens.get(next++);
      term.setBytesRef(token.term());
      increment.setPositionIncrement(token.increment());
      length.setPositionLength(token.length());
      boost.setBoost(token.boost());
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}

package dev.gazette.suggest;

import dev.gazette.analysis.Schema;
import java.io.Closeable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.IOUtils;

/**
 * The three fields autocomplete reads, added to every article document as it is written, so that
 * completions come from the index itself: always as current as the searchers, kept on disk with
 * each commit, and never rebuilt. {@value #TITLES} holds the folded words of the title and {@value
 * #TITLE_STARTS} the first one to {@value SuggestAnalysis#MAX_START_CHARS} characters of each
 * (titles are matched with a query on them: a short prefix as one term of the starts, as it may begin
 * thousands of words); {@value #PHRASES} holds each folded run of one to {@value
 * SuggestAnalysis#MAX_PHRASE_WORDS} words worth completing to of the title, the haiku and the
 * opening of the body (its first {@value #OPENING_CHARS} characters, whole words only), whose
 * document frequency is how many articles share the phrase. The opening, not the whole body: what
 * an article is about is said in its title and lead, and reading every body word into up to three
 * phrases made indexing twice as costly and the index two thirds bigger. All are indexed
 * for documents only (no frequencies, positions or norms) and hidden from statistics by their
 * leading {@code $}.
 */
public final class SuggestFields implements Closeable {
  /** The folded title words. */
  public static final String TITLES = "$suggest.title";
  /** The starts of the folded title words, up to {@value SuggestAnalysis#MAX_START_CHARS} characters each. */
  public static final String TITLE_STARTS = "$suggest.title.start";
  /** The folded phrases of title, haiku and the opening of the body. */
  public static final String PHRASES = "$suggest.phrase";
  /** How much of the start of the body gives phrases, in characters. */
  static final int OPENING_CHARS = 300;

  private static final FieldType DOCS_ONLY = docsOnly();

  private final Analyzer words = SuggestAnalysis.words();
  private final Analyzer starts = SuggestAnalysis.wordStarts();
  private final Analyzer phrases = SuggestAnalysis.phrases();
  private final Analyzer wantedPhrases = wantedOnly(phrases);

  /** Adds to {@code doc}, an article document, the autocomplete fields of its stored title, haiku and body. */
  public void addTo(Document doc) {
    String title = doc.get(Schema.TITLE);
    if (title != null) {
      doc.add(new AnalyzedField(TITLES, title, words));
      doc.add(new AnalyzedField(TITLE_STARTS, title, starts));
    }
    for (String text : new String[] {title, doc.get(Schema.HAIKU), opening(doc.get(Schema.BODY))}) {
      if (text != null) {
        doc.add(new AnalyzedField(PHRASES, text, wantedPhrases));
      }
    }
  }

  /** The first {@value #OPENING_CHARS} characters of {@code body}, ending before a word cut in two; null when null. */
  static String opening(String body) {
    if (body == null || body.length() <= OPENING_CHARS) {
      return body;
    }
    int end = OPENING_CHARS;
    while (end > 0 && !Character.isWhitespace(body.charAt(end))) {
      end--;
    }
    return body.substring(0, end);
  }

  /** Releases the analyzers. */
  @Override
  public void close() {
    IOUtils.closeWhileHandlingException(wantedPhrases, words, starts, phrases);
  }

  private static Analyzer wantedOnly(Analyzer phrases) {
    return new AnalyzerWrapper(Analyzer.GLOBAL_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return phrases;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new WantedPhrases(components.getTokenStream()));
      }
    };
  }

  /**
   * A field analyzed by an analyzer of autocomplete's own rather than the index's, when the index
   * inverts it: one token stream per analyzer and indexing thread, reused from document to document
   * as Lucene reuses the index's own (made with the document instead, every field of every document
   * needed a stream of its own).
   */
  private static final class AnalyzedField extends Field {
    private final Analyzer analyzer;

    AnalyzedField(String name, String text, Analyzer analyzer) {
      super(name, text, DOCS_ONLY);
      this.analyzer = analyzer;
    }

    @Override
    public TokenStream tokenStream(Analyzer indexAnalyzer, TokenStream reuse) {
      return analyzer.tokenStream(name(), stringValue());
    }
  }

  private static FieldType docsOnly() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}

package dev.gazette.suggest;

import dev.gazette.analysis.Schema;
import java.io.Closeable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.IOUtils;

/**
 * The two fields autocomplete reads, added to every article document as it is written, so that
 * completions come from the index itself: always as current as the searchers, kept on disk with
 * each commit, and never rebuilt. {@value #TITLES} holds the folded words of the title (titles are
 * matched with a query on it); {@value #PHRASES} holds each folded run of one to {@value
 * SuggestAnalysis#MAX_PHRASE_WORDS} words of the title and body that is worth completing to, whose
 * document frequency is how many articles share the phrase. Both are indexed for documents only
 * (no frequencies, positions or norms) and hidden from statistics by their leading {@code $}.
 */
public final class SuggestFields implements Closeable {
  /** The folded title words. */
  public static final String TITLES = "$suggest.title";
  /** The folded phrases of title and body. */
  public static final String PHRASES = "$suggest.phrase";

  private static final FieldType DOCS_ONLY = docsOnly();
  /** Every field gets its own token stream: they are made when the document is, and read only when it is indexed. */
  private static final Analyzer.ReuseStrategy NEVER = new Analyzer.ReuseStrategy() {
    @Override
    public Analyzer.TokenStreamComponents getReusableComponents(Analyzer analyzer, String field) {
      return null;
    }

    @Override
    public void setReusableComponents(Analyzer analyzer, String field, Analyzer.TokenStreamComponents components) {
      // Never reused.
    }
  };

  private final Analyzer words = SuggestAnalysis.words();
  private final Analyzer phrases = SuggestAnalysis.phrases();
  private final Analyzer titleStreams = fresh(words, false);
  private final Analyzer phraseStreams = fresh(phrases, true);

  /** Adds to {@code doc}, an article document, the autocomplete fields of its stored title and body. */
  public void addTo(Document doc) {
    String title = doc.get(Schema.TITLE);
    String body = doc.get(Schema.BODY);
    if (title != null) {
      doc.add(new Field(TITLES, titleStreams.tokenStream(TITLES, title), DOCS_ONLY));
      doc.add(new Field(PHRASES, phraseStreams.tokenStream(PHRASES, title), DOCS_ONLY));
    }
    if (body != null) {
      doc.add(new Field(PHRASES, phraseStreams.tokenStream(PHRASES, body), DOCS_ONLY));
    }
  }

  /** Releases the analyzers. */
  @Override
  public void close() {
    IOUtils.closeWhileHandlingException(titleStreams, phraseStreams, words, phrases);
  }

  private static Analyzer fresh(Analyzer analyzer, boolean wantedPhrasesOnly) {
    return new AnalyzerWrapper(NEVER) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return wantedPhrasesOnly
            ? new TokenStreamComponents(components.getSource(), new WantedPhrases(components.getTokenStream()))
            : components;
      }
    };
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
